import type { StatsReport } from "../report.js";
import type { Chart } from "./svg.js";
import { stackedBars } from "./stacked-bars.js";

const STATUSES = ["open", "in-progress", "done", "wontfix"];
const COLOURS: Record<string, string> = {
  open: "#e15759",
  "in-progress": "#f28e2b",
  done: "#59a14f",
  wontfix: "#bab0ac",
};

/** Action items by the age of their incident, stacked by status: old open items stand out. */
export function actionItemsChart(r: StatsReport): Chart {
  return stackedBars({
    id: "chart-action-items",
    title: "Action items by age of their incident and status",
    category: "age",
    categories: Object.keys(r.actionItems.byAgeAndStatus),
    keys: STATUSES,
    value: (bucket, status) => r.actionItems.byAgeAndStatus[bucket]?.[status] ?? 0,
    colour: (status) => COLOURS[status]!,
  });
}
