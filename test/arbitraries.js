// fast-check generators of valid incidents, shared by the render, parse and robustness tests.
import fc from "fast-check";

const plainWord = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
// Characters that would create Markdown structure if they were not escaped, and non-ASCII text.
const tricky = fc.constantFrom(
  "#",
  "|",
  "*",
  "[",
  "]",
  "1.",
  "_",
  "`",
  "<b>",
  "&amp;",
  "\\",
  "-",
  "+",
  ">",
  "!",
  "~",
  "Zoë",
  "山田",
  "🔥",
  "http://x.example/a_b",
  "a|b",
  "[x](y)",
  "**",
  "2.",
  "~120k",
  "O'Brien",
  "don't",
  "(P1)",
  "5%",
  "a, b",
  "--",
  "From",
);
const token = fc.oneof({ weight: 5, arbitrary: plainWord }, { weight: 1, arbitrary: tricky });

/** One line of words and tricky tokens; never empty, no leading or trailing space. */
// A line that is only "-" or "..." is a template placeholder, which parse rightly drops.
export const line = fc
  .array(token, { minLength: 1, maxLength: 10 })
  .map((w) => w.join(" "))
  .filter((l) => !/^(?:-|\.{2,}|…|\?+)$/.test(l));
/** A line that may carry a newline, which must not break a heading, cell or item. */
export const lineWithBreaks = fc
  .tuple(line, fc.option(line, { nil: undefined }))
  .map(([a, b]) => (b ? `${a}\n${b}` : a));
const sentence = fc.array(plainWord, { minLength: 3, maxLength: 14 }).map((w) => w.join(" ") + ".");
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
// A numbered list inside prose ("1. Stop the writes\n2. Restore"), as post-mortems often have.
const numbered = fc
  .array(
    fc.array(plainWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
    { minLength: 2, maxLength: 4 },
  )
  .map((items) => items.map((t, i) => `${i + 1}. ${t}`).join("\n"));
// Paragraphs, one of them sometimes followed by a numbered list (two lists in a row are one list).
const block = fc
  .tuple(
    fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    fc.option(numbered, { nil: undefined, freq: 3 }),
  )
  .map(([ps, list]) => (list ? [ps[0], list, ...ps.slice(1)] : ps).join("\n\n"));
// Names as people write them: "O'Brien, Seán", "Ana Łukasiewicz".
const fullName = fc
  .tuple(
    fc.constantFrom("O'Brien", "D'Angelo", "Łukasiewicz", "Smith", "van der Berg"),
    fc.constantFrom("Seán", "Ana", "Chidi", "Zoë"),
  )
  .chain(([last, first]) => fc.constantFrom(`${last}, ${first}`, `${first} ${last}`));
const person = fc.oneof(
  plainWord,
  fullName,
  fc.record({
    name: fc.array(plainWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")),
    handle: plainWord.map((w) => w.toLowerCase()),
  }),
);
const day = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((t) => new Date(t - (t % 86400000)));

export const incident = fc
  .record(
    {
      title: line,
      date: day,
      status: fc.constantFrom("draft", "review", "final"),
      severity: fc.constantFrom("SEV1", "SEV2", "SEV3", "major"),
      participants: fc.uniqueArray(person, {
        maxLength: 4,
        selector: (p) => (typeof p === "string" ? p : p.name),
      }),
      summary: block,
      impact: block,
      rootCause: block,
      resolution: block,
      timeline: fc.array(
        fc.record({
          minutes: fc.integer({ min: 1, max: 3000 }),
          seconds: fc.option(fc.integer({ min: 1, max: 59 }), { nil: undefined }),
          event: line,
          kind: fc.option(
            fc.constantFrom("start", "detected", "escalated", "mitigated", "resolved", "other"),
            { nil: undefined },
          ),
        }),
        { maxLength: 8 },
      ),
      wentWell: fc.array(line, { maxLength: 3 }),
      wentBad: fc.array(line, { maxLength: 3 }),
      lucky: fc.array(line, { maxLength: 2 }),
      actionItems: fc.array(
        fc.record({
          description: line,
          owner: fc.option(fc.oneof(plainWord, fullName), { nil: undefined }),
          priority: fc.option(fc.constantFrom("P1", "P2", "high", "low"), { nil: undefined }),
          status: fc.option(fc.constantFrom("open", "in-progress", "done", "wontfix"), {
            nil: undefined,
          }),
          ticket: fc.option(fc.stringMatching(/^[A-Z]{2,5}-[1-9]\d{0,3}$/), { nil: undefined }),
        }),
        { maxLength: 5 },
      ),
    },
    { requiredKeys: ["title", "date"] },
  )
  .map((r) => {
    const out = { title: r.title, date: r.date.toISOString().slice(0, 10) };
    for (const k of ["status", "severity", "summary", "impact", "rootCause", "resolution"])
      if (r[k] !== undefined) out[k] = r[k];
    for (const k of ["participants", "wentWell", "wentBad", "lucky"])
      if (r[k]?.length) out[k] = r[k];
    if (r.timeline?.length) {
      let t = r.date.getTime();
      out.timeline = r.timeline.map((e) => {
        t += e.minutes * 60000 + (e.seconds ?? 0) * 1000;
        const entry = { time: new Date(t).toISOString().replace(/\.000Z$/, "Z"), event: e.event };
        if (e.kind) entry.kind = e.kind;
        return entry;
      });
    }
    if (r.actionItems?.length)
      out.actionItems = r.actionItems.map((a) =>
        Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
      );
    // Plain objects, as JSON or YAML would give (fast-check records have no prototype).
    return JSON.parse(JSON.stringify(out));
  });

/** Incidents whose titles, events and items carry line breaks too. */
export const hostileIncident = fc
  .tuple(incident, lineWithBreaks, lineWithBreaks)
  .map(([x, t, e]) => {
    const out = { ...x, title: t };
    if (out.timeline?.length)
      out.timeline = out.timeline.map((entry, i) => (i === 0 ? { ...entry, event: e } : entry));
    return out;
  });
