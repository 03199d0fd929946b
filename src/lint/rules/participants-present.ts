import type { Rule } from "../rule.js";

export const participantsPresent: Rule = {
  id: "participants-present",
  code: "PM015",
  description: "The post-mortem names who took part in the response.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const people = context.incident.participants;
    if (Array.isArray(people) && people.length > 0) return;
    const how =
      context.format === "data"
        ? "a `participants:` list"
        : "a `Participating people:` list after the date";
    context.report({
      message: `No participants named, expected ${how}`,
      at: context.positions.has("/date") ? "/date" : "",
    });
  },
};
