export type {
  Incident,
  Person,
  TimelineEntry,
  ActionItem,
  Link,
  TimelineKind,
  IncidentStatus,
  ActionItemStatus,
  ActionItemType,
} from "./model/incident.js";
export { schema, SCHEMA_ID } from "./model/schema.js";
export {
  loadIncident,
  loadIncidentText,
  type LoadedIncident,
  type LoadOptions,
} from "./load/load-incident.js";
export { validateIncident, type ValidationResult } from "./validate/validate-incident.js";
export type { SchemaError } from "./validate/schema-error.js";
export { InputError } from "./load/input-error.js";
export type { PositionMap, Located, Range, Point } from "./load/positions.js";
export { DEFAULT_MAX_BYTES } from "./load/read-input.js";
export {
  parseDocument,
  type ParsedIncident,
  type ParseOptions,
  type InputFormat,
} from "./parse/parse-document.js";
export { renderIncident, type RenderOptions } from "./render/render.js";
export { lintText, applyFixes, type LintOptions, type LintResult } from "./lint/engine.js";
export { fixText, type FixOutcome } from "./lint/fix-text.js";
export { RULES, RULE_IDS, type RuleId } from "./lint/rules/index.js";
export {
  defaultConfig,
  applyConfig,
  type ConfigInput,
  type ResolvedConfig,
} from "./lint/config.js";
export type { Rule, RuleContext, Finding, Fix } from "./lint/rule.js";
export { scaffoldIncident, scaffoldYaml } from "./scaffold/scaffold.js";
export { actionRows, filterRows, sortRows, type ActionRow } from "./actions/collect.js";
export { remarkPostmortem, postmortemProcessor } from "./markdown/remark-postmortem.js";
export {
  remarkPresetPostmortem,
  remarkLintPostmortemRules,
} from "./markdown/remark-lint-postmortem.js";
export { computeStats } from "./stats/compute-stats.js";
export type {
  StatsDocument,
  StatsOptions,
  StatsReport,
  IncidentRow,
  DataProblem,
} from "./stats/report.js";
export type { Summary } from "./stats/summary.js";
export { statsJson, statsCsv, statsNdjson } from "./stats/format/rows.js";
export { statsText } from "./stats/format/text.js";
export { statsMarkdown } from "./stats/format/markdown.js";
export { statsHtml, type HtmlOptions } from "./stats/format/html.js";
