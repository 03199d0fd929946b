/** What each figure means, printed with it in every format, so nobody reads a number wrongly. */
export const DEFINITIONS = {
  incidents:
    "Documents with an incident, less those excluded by tag; near misses are counted apart and left out of every other figure.",
  period: "Counts by year, quarter and month use the incident date (UTC).",
  durations:
    "Minutes between the first timeline entries of each kind: time to detect, escalate, " +
    "mitigate and resolve are measured from 'start'; detection to mitigation from 'detected' " +
    "to 'mitigated'; total impact from 'start' to 'mitigated' (or 'resolved' when no " +
    "mitigation is marked). Shown as n of N, median, p25-p75, p90, min and max; with fewer " +
    "than 5 values, the values themselves.",
  overdue: "Open or in-progress action items whose due date is before the as-of day.",
  completionRate: "Done items over all items that are not 'wontfix'.",
  age: "Days from the incident date to the as-of day, for open items.",
  missing: "Items with no owner, no due date or no ticket, among all items.",
  outOfHours:
    "Incidents whose start (the 'start' entry, else the first timed entry) falls outside Monday to Friday 09:00-17:59 in the report's time zone.",
  related: "Incidents that share a tag and fall within the repeat window of one another.",
  dataQuality:
    "Share of documents that give each field; problems are things that keep a figure from being measured.",
} satisfies Record<string, string>;
