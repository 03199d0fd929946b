import type { Rule } from "../rule.js";

// A root cause the write-up says it does not know yet.
export const UNKNOWN_CAUSE =
  /\b(?:(?:is|remains?|still)\s+unknown|(?:not|never)\s+(?:yet\s+|been\s+)?(?:known|clear|identified|determined|understood|found)|unclear|(?:still|currently)\s+(?:being\s+)?investigat\w*|under\s+investigation|no\s+(?:known\s+)?root\s+cause|(?:could|can)\s*(?:not|n't)\s+(?:say|tell|determine|identify|find)|(?:we|i)\s+(?:do\s+not|don't|did\s+not|didn't)\s+know|remains?\s+a\s+mystery)\b/i;
// Work that would find it.
const FINDS_IT =
  /\b(?:investigat\w*|root\s+cause|find\s+(?:out|the\s+cause)|determine|identify|diagnos\w*|reproduc\w*|look\s+into|analy[sz]\w*|follow[\s-]?up)\b/i;

export const rootCauseFound: Rule = {
  id: "root-cause-found",
  code: "PM019",
  description: "A root cause the post-mortem says is not known yet has an action item to find it.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const cause = typeof context.incident.rootCause === "string" ? context.incident.rootCause : "";
    const said = UNKNOWN_CAUSE.exec(cause);
    if (!said) return;
    // Any item, done or not: a follow-up already done answered the question elsewhere.
    const items = Array.isArray(context.incident.actionItems) ? context.incident.actionItems : [];
    if (items.some((item) => FINDS_IT.test(String(item?.description ?? "")))) return;
    context.report({
      message: `The root cause is not known yet ("${said[0]}"), expected an action item to find it, with an owner`,
      at: "/rootCause",
    });
  },
};
