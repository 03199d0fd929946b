import type { Rule, SetRule } from "../rule.js";
import { requiredSections } from "./required-sections.js";
import { noPlaceholder } from "./no-placeholder.js";
import { timelineTimezone } from "./timeline-timezone.js";
import { timelineOrder } from "./timeline-order.js";
import { timelineKeyEvents } from "./timeline-key-events.js";
import { timelineInWindow } from "./timeline-in-window.js";
import { timelineUnambiguousTime } from "./timeline-unambiguous-time.js";
import { actionItemOwner } from "./action-item-owner.js";
import { actionItemTicket } from "./action-item-ticket.js";
import { actionItemDuplicate } from "./action-item-duplicate.js";
import { actionItemActionable } from "./action-item-actionable.js";
import { blamelessLanguage } from "./blameless-language.js";
import { impactQuantified } from "./impact-quantified.js";
import { titlePresent } from "./title-present.js";
import { dateValid } from "./date-valid.js";
import { participantsPresent } from "./participants-present.js";
import { headingStructure } from "./heading-structure.js";
import { noPrivateData } from "./no-private-data.js";
import { rootCauseFound } from "./root-cause-found.js";
import { lessonsHaveActions } from "./lessons-have-actions.js";
import { actionItemScheduled } from "./action-item-scheduled.js";
import { detectionGap } from "./detection-gap.js";
import { rootCauseFactors } from "./root-cause-factors.js";
import { repeatIncident } from "./repeat-incident.js";

/** Every rule by id. The key type is the list of valid ids, so a misspelt id fails to compile. */
export const RULES = {
  "required-sections": requiredSections,
  "no-placeholder": noPlaceholder,
  "timeline-timezone": timelineTimezone,
  "timeline-order": timelineOrder,
  "timeline-key-events": timelineKeyEvents,
  "timeline-in-window": timelineInWindow,
  "timeline-unambiguous-time": timelineUnambiguousTime,
  "action-item-owner": actionItemOwner,
  "action-item-ticket": actionItemTicket,
  "action-item-duplicate": actionItemDuplicate,
  "action-item-actionable": actionItemActionable,
  "blameless-language": blamelessLanguage,
  "impact-quantified": impactQuantified,
  "title-present": titlePresent,
  "date-valid": dateValid,
  "participants-present": participantsPresent,
  "heading-structure": headingStructure,
  "no-private-data": noPrivateData,
  "root-cause-found": rootCauseFound,
  "lessons-have-actions": lessonsHaveActions,
  "action-item-scheduled": actionItemScheduled,
  "detection-gap": detectionGap,
  "root-cause-factors": rootCauseFactors,
  "repeat-incident": repeatIncident,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own options type
} as const satisfies Record<string, Rule<any> | SetRule<any>>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** Rules that compare the documents linted together rather than read one. */
export function isSetRule(
  rule: (typeof RULES)[RuleId],
): rule is Extract<(typeof RULES)[RuleId], SetRule<never>> {
  return "checkSet" in rule;
}

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
