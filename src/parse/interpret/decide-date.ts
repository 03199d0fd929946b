import type { Range } from "../../load/positions.js";
import { findDate, formatDay, type DateOptions, type Day } from "../time/dates.js";
import type { DatedBy, Reading } from "./reading.js";

/**
 * The incident date, when no field gave it. A mail's Date header, a blog's front matter date, a
 * status page's Posted line and an issue's byline say when the text was published, which can be
 * days after the incident; a date the title or the lead paragraph states, on or before that day,
 * is the incident's. Then the first dated timeline entry, then the publication date.
 */
export function decideDate(r: Reading): void {
  const { out, order } = r;
  const published = publication(r);
  const dateOptions = (year?: number): DateOptions => ({
    ...(order ? { order: order.order } : {}),
    ...(year !== undefined ? { year } : {}),
  });
  const notAfterPublished = (d: Day): boolean =>
    !published ||
    Date.UTC(d.year, d.month - 1, d.day) <=
      Date.UTC(published.day.year, published.day.month - 1, published.day.day);
  const sayReading = (d: { reading?: string }, range: Range): void => {
    if (d.reading)
      r.warn(`Date ${d.reading}${order ? ` (${order.why})` : ""}`, range, "parse/date");
  };
  const titleDay =
    typeof out.title === "string"
      ? findDate(out.title, dateOptions(published?.day.year))
      : undefined;
  if (!r.dateSource && titleDay && notAfterPublished(titleDay)) {
    r.dateSource = {
      day: titleDay,
      range: r.positions.get("/title")?.value ?? r.lineRange(1),
      how: "the title",
    };
    sayReading(titleDay, r.dateSource.range);
  }
  if (!r.dateSource) {
    const lead = r.prose.get("summary");
    const first = lead ? lead.parts[0]!.split(/\n\s*\n/)[0]! : "";
    const d = findDate(first, dateOptions(published?.day.year));
    // Only a lead that names one day: "the incident on X repeated on Y" names none for sure.
    const another = d
      ? findDate(first.slice(d.index + d.length), dateOptions(published?.day.year))
      : undefined;
    if (d && lead && notAfterPublished(d) && (!another || formatDay(another) === formatDay(d))) {
      r.dateSource = { day: d, range: lead.range, how: "the lead paragraph" };
      r.warn(
        `Took the incident date ${formatDay(d)} from the lead paragraph`,
        lead.range,
        "parse/date",
      );
      sayReading(d, lead.range);
    }
  }
  if (!r.dateSource && published) {
    // Status updates and dated timeline entries before the publication date are the incident's.
    const dated = r.timelineEntries.find((e) => e.stamp?.date?.year !== undefined);
    const day = dated?.stamp?.date as Day | undefined;
    if (dated && day && notAfterPublished(day))
      r.dateSource = { day, range: r.lineRange(dated.line), how: "the first dated timeline entry" };
  }
  if (!r.dateSource && published) {
    r.dateSource = published;
    if (titleDay && !notAfterPublished(titleDay))
      r.warn(
        `The title names ${formatDay(titleDay)}, after the text was published on ${formatDay(published.day)}; took the publication date`,
        published.range,
        "parse/date",
      );
  }
}

/** When the text was published: the mail's date, else front matter, a byline or a Posted line. */
function publication(r: Reading): DatedBy | undefined {
  const { input, lineRange } = r;
  const mailDay = input.mail?.date ? findDate(input.mail.date.slice(0, 10)) : undefined;
  if (mailDay)
    return {
      day: mailDay,
      range: input.mail?.lines.date ? lineRange(input.mail.lines.date) : lineRange(1),
      how: "the mail's date",
    };
  if (r.publishedDate) return r.publishedDate;
  const posted = input.statusPage?.postmortem;
  if (posted?.stamp.date?.year !== undefined)
    return {
      day: posted.stamp.date,
      range: lineRange(posted.end + 1 + (input.firstLine ?? 1)),
      how: "the post-mortem's Posted line",
    };
  return undefined;
}
