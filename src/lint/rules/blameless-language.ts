import type { Rule } from "../rule.js";
import { fieldTexts, locateInSource } from "../text-fields.js";

interface Phrase {
  phrase: string;
  suggestion: string;
}

export interface Options {
  /** Replaces the built-in list. */
  phrases?: Phrase[];
  /** Added to the built-in list. */
  extraPhrases: Phrase[];
}

const BUILT_IN: Phrase[] = [
  {
    phrase: "human error",
    suggestion: "describe what in the system made the mistake easy to make",
  },
  { phrase: "operator error", suggestion: "describe what in the tooling allowed the action" },
  { phrase: "user error", suggestion: "describe what the interface let the user do" },
  // "fault" alone is a failure of a thing ("an upstream fault", "fault testing"); whose fault
  // it was is blame.
  { phrase: "at fault", suggestion: "say what failed, not whose it was" },
  { phrase: "fault lies with", suggestion: "say what failed, not whose it was" },
  { phrase: "my fault", suggestion: "say what failed, not whose it was" },
  { phrase: "our fault", suggestion: "say what failed, not whose it was" },
  { phrase: "his fault", suggestion: "say what failed, not whose it was" },
  { phrase: "her fault", suggestion: "say what failed, not whose it was" },
  { phrase: "their fault", suggestion: "say what failed, not whose it was" },
  { phrase: "your fault", suggestion: "say what failed, not whose it was" },
  { phrase: "to blame", suggestion: "describe causes, not culprits" },
  { phrase: "blame", suggestion: "describe causes, not culprits" },
  { phrase: "careless", suggestion: "describe the safeguard that was missing" },
  { phrase: "carelessness", suggestion: "describe the safeguard that was missing" },
  { phrase: "carelessly", suggestion: "describe the safeguard that was missing" },
  { phrase: "negligence", suggestion: "describe the safeguard that was missing" },
  { phrase: "negligent", suggestion: "describe the safeguard that was missing" },
  { phrase: "should have known", suggestion: "say what information was not available at the time" },
  { phrase: "should have noticed", suggestion: "say what would have made it noticeable" },
  { phrase: "should have caught", suggestion: "say which check could have caught it" },
  { phrase: "should have been caught", suggestion: "say which check could have caught it" },
  { phrase: "dropped the ball", suggestion: "describe the gap in the process" },
  { phrase: "screwed up", suggestion: "describe the action and its effect neutrally" },
  { phrase: "messed up", suggestion: "describe the action and its effect neutrally" },
  { phrase: "incompetent", suggestion: "describe the missing knowledge or training" },
  { phrase: "stupid", suggestion: "describe the action and its effect neutrally" },
  { phrase: "lazy", suggestion: "describe the pressure or shortcut in the process" },
  { phrase: "sloppy", suggestion: "describe the check that was missing" },
];

// A denial shortly before the blame word, in the same sentence (tried on 40 characters).
const NEGATED = /(?:\b(?:no|not|never|nobody|no one|none|neither|nor)\b|n't\b)[^.!?;\n]{0,25}$/i;
// A concession sets the blame aside: "While it can be attributed to human error, it is wrong to
// focus on the individual" (tried on 60 characters).
const CONCEDED = /\b(?:while|although|though|rather than|instead of)\b[^.!?;\n]{0,45}$/i;
// "The config got messed up" says what state a thing was in, not who did it.
const STATE_OF_A_THING = /\b(?:got|gets|get|was|were|is|are|been|became)\s+$/i;
const STATE_WORDS = new Set(["messed up", "screwed up"]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PHRASE_LIST = {
  type: "array",
  items: {
    type: "object",
    required: ["phrase", "suggestion"],
    properties: { phrase: { type: "string", minLength: 1 }, suggestion: { type: "string" } },
    additionalProperties: false,
  },
} as const;

export const blamelessLanguage: Rule<Options> = {
  id: "blameless-language",
  code: "PM011",
  description: "The write-up blames no one: no blame words, no person named as the root cause.",
  defaultSeverity: "warning",
  defaultOptions: { extraPhrases: [] },
  optionsSchema: {
    type: "object",
    properties: {
      phrases: PHRASE_LIST,
      extraPhrases: PHRASE_LIST,
    },
    additionalProperties: false,
  },
  check(context) {
    const phrases = [
      ...(context.options.phrases ?? BUILT_IN),
      ...context.options.extraPhrases,
    ].sort((a, b) => b.phrase.length - a.phrase.length);
    if (phrases.length === 0) return;
    // One alternation, longest first, so "to blame" wins over "blame" at the same place.
    // Whole words, and not a part of a compound ("blame-free", "fault-tolerant").
    const pattern = new RegExp(
      `(?<![\\w-])(?:${phrases.map((p) => escape(p.phrase)).join("|")})(?![\\w-])`,
      "gi",
    );
    const suggestion = new Map(phrases.map((p) => [p.phrase.toLowerCase(), p.suggestion]));
    for (const { pointer, text } of fieldTexts(context.incident)) {
      for (const m of text.matchAll(pattern)) {
        // "Nobody was careless", "it wasn't human error": a blame word denied blames no one.
        if (NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (CONCEDED.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        if (
          STATE_WORDS.has(m[0].toLowerCase()) &&
          STATE_OF_A_THING.test(text.slice(Math.max(0, m.index - 10), m.index))
        )
          continue;
        context.report({
          message: `"${m[0]}" assigns blame: ${suggestion.get(m[0].toLowerCase()) ?? "describe causes, not culprits"}`,
          at: locateInSource(context, pointer, m[0]),
        });
      }
    }
    const rootCause =
      typeof context.incident.rootCause === "string" ? context.incident.rootCause : "";
    const lower = rootCause.toLowerCase();
    for (const name of peopleNames(context.incident.participants)) {
      const found = nameAt(lower, name.toLowerCase());
      if (found === undefined) continue;
      const named = rootCause.slice(found.start, found.end);
      context.report({
        message: `The root cause names ${named}, expected the conditions in the system that let the failure happen, not a person`,
        at: locateInSource(context, "/rootCause", named),
      });
    }
  },
};

function peopleNames(people: unknown): string[] {
  if (!Array.isArray(people)) return [];
  const names = new Set<string>();
  for (const p of people) {
    const parts =
      typeof p === "string"
        ? [p]
        : p && typeof p === "object"
          ? [(p as { name?: string }).name, (p as { handle?: string }).handle]
          : [];
    for (const n of parts)
      if (typeof n === "string" && n.trim().length >= 3) names.add(n.trim().replace(/^@/, ""));
  }
  return [...names];
}

// A person's name or handle is short; a longer "name" is text the reader could not split.
const MAX_NAME = 80;

/**
 * Where a name (or "@name") stands as a whole word in a text, found by plain search: names come
 * from the document, and a pattern built from a long one could not even be compiled.
 */
function nameAt(text: string, name: string): { start: number; end: number } | undefined {
  if (!name || name.length > MAX_NAME) return undefined;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    let start = at;
    if (text[start - 1] === "@") start--;
    const before = text[start - 1];
    const after = text[at + name.length];
    if (
      (before === undefined || !/[\w@.-]/.test(before)) &&
      (after === undefined || !/[\w-]/.test(after))
    )
      return { start, end: at + name.length };
  }
  return undefined;
}
