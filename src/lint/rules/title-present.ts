import type { Rule } from "../rule.js";

export const titlePresent: Rule = {
  id: "title-present",
  code: "PM013",
  description: "The post-mortem has a title that says what broke.",
  defaultSeverity: "error",
  defaultOptions: {},
  check(context) {
    const title = context.incident.title;
    if (typeof title === "string" && title.trim() !== "") return;
    const where =
      context.format === "markdown"
        ? "a `# ` heading on the first line"
        : context.format === "mail"
          ? "a Subject line"
          : "a `title:` key";
    context.report({ message: `Missing title, expected ${where} that says what broke`, at: "" });
  },
};
