import type { Rule } from "../rule.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const dateValid: Rule = {
  id: "date-valid",
  code: "PM014",
  description: "The incident date is a real calendar date (YYYY-MM-DD), not in the future.",
  defaultSeverity: "error",
  defaultOptions: {},
  check(context) {
    const date = context.incident.date;
    if (date === undefined || date === "") {
      context.report({
        message: "Missing incident date, expected a `Date: YYYY-MM-DD` line near the top",
        at: "",
      });
      return;
    }
    const m = DATE.exec(String(date));
    const time = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : NaN;
    if (!m || new Date(time).toISOString().slice(0, 10) !== date) {
      context.report({
        message: `Invalid incident date "${String(date)}", expected a calendar date such as 2018-11-20`,
        at: "/date",
      });
      return;
    }
    // A day of slack: the author's local date may be ahead of UTC.
    if (time > Date.now() + 86_400_000)
      context.report({ message: `Incident date ${date} is in the future`, at: "/date" });
  },
};
