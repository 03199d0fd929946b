import type { StatsReport } from "./report.js";

/** What `--fail-on` can test, by name. */
export const METRICS: Record<string, (r: StatsReport) => number> = {
  incidents: (r) => r.incidents.total,
  "near-misses": (r) => r.incidents.nearMisses,
  overdue: (r) => r.actionItems.overdue.length,
  "open-items": (r) =>
    r.actionItems.total -
    (r.actionItems.byStatus.done ?? 0) -
    (r.actionItems.byStatus.wontfix ?? 0),
  "missing-owner": (r) => r.actionItems.missing.owner,
  "data-problems": (r) => r.dataQuality.problems.length,
  "lint-errors": (r) => r.dataQuality.lint?.errors ?? 0,
};

const OPERATORS: Record<string, (a: number, b: number) => boolean> = {
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

export interface Condition {
  metric: string;
  operator: string;
  value: number;
  text: string;
}

/** Reads `overdue>0,lint-errors>=5`; throws a message naming what is wrong. */
export function parseConditions(expression: string): Condition[] {
  return expression
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((text) => {
      const m = /^([a-z-]+)\s*(>=|<=|==|!=|>|<)\s*(\d+)$/.exec(text);
      if (!m) throw new Error(`"${text}" is not a condition such as overdue>0`);
      if (!METRICS[m[1]!])
        throw new Error(`"${m[1]}" is not a figure; use one of ${Object.keys(METRICS).join(", ")}`);
      return { metric: m[1]!, operator: m[2]!, value: Number(m[3]), text };
    });
}

/** The conditions the report meets, each with the figure it has. */
export function metConditions(
  report: StatsReport,
  conditions: readonly Condition[],
): Array<Condition & { actual: number }> {
  return conditions
    .map((c) => ({ ...c, actual: METRICS[c.metric]!(report) }))
    .filter((c) => OPERATORS[c.operator]!(c.actual, c.value));
}
