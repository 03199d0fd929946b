import { scaleBand, scaleLinear, scaleOrdinal } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import type { StatsReport } from "../report.js";
import { WIDTH, legend, line, rect, svg, text, type Chart } from "./svg.js";

const STATUSES = ["open", "in-progress", "done", "wontfix"];
const COLOURS = ["#e15759", "#f28e2b", "#59a14f", "#bab0ac"];

/** Action items by the age of their incident, stacked by status: old open items stand out. */
export function actionItemsChart(r: StatsReport): Chart {
  const buckets = Object.keys(r.actionItems.byAgeAndStatus);
  const table: Array<Record<string, string | number>> = buckets.map((b) => ({
    bucket: b,
    ...Object.fromEntries(STATUSES.map((s) => [s, r.actionItems.byAgeAndStatus[b]![s] ?? 0])),
  }));
  const series = stack<Record<string, string | number>>()
    .keys(STATUSES)
    .value((d, k) => Number(d[k] ?? 0))(table);
  const height = 260;
  const x = scaleBand()
    .domain(buckets)
    .range([50, WIDTH - 10])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(series, (s) => max(s, (d) => d[1])) || 1])
    .nice()
    .range([height - 60, 20]);
  const colour = scaleOrdinal<string, string>().domain(STATUSES).range(COLOURS);
  const body: string[] = [line(50, y(0), WIDTH - 10, y(0))];
  for (const t of y.ticks(5).filter(Number.isInteger))
    body.push(
      text(44, y(t) + 4, String(t), 'class="tick" text-anchor="end"'),
      line(50, y(t), WIDTH - 10, y(t), "grid"),
    );
  for (const s of series)
    for (const d of s) {
      const b = String(d.data.bucket);
      body.push(
        rect(
          x(b)!,
          y(d[1]),
          x.bandwidth(),
          y(d[0]) - y(d[1]),
          colour(s.key),
          `${b}, ${s.key}: ${d[1] - d[0]}`,
        ),
      );
    }
  for (const b of buckets)
    body.push(text(x(b)! + x.bandwidth() / 2, height - 44, b, 'class="tick" text-anchor="middle"'));
  body.push(...legend(STATUSES, height - 12, colour));
  const title = "Action items by age of their incident and status";
  return {
    id: "chart-action-items",
    title,
    svg: svg("chart-action-items", title, height, body),
    data: {
      head: ["age", ...STATUSES],
      rows: table.map((t) => [String(t.bucket), ...STATUSES.map((s) => String(t[s]))]),
    },
  };
}
