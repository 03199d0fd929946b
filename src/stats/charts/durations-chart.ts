import { scaleBand, scaleLog } from "d3-scale";
import { max, median, min } from "d3-array";
import type { StatsReport } from "../report.js";
import { WIDTH, line, n, shortMinutes, svg, text, type Chart } from "./svg.js";

/** Time to resolve of every incident, one row per severity, on a log axis; a bar marks each median. */
export function durationsChart(r: StatsReport): Chart {
  const rows = r.rows.filter(
    (x) => !x.excluded && !x.nearMiss && x.durations.timeToResolve !== null,
  );
  const severities = [...new Set(rows.map((x) => x.severity ?? "(none)"))].sort();
  const values = rows.map((x) => Math.max(1, x.durations.timeToResolve!));
  const height = 60 + Math.max(1, severities.length) * 34;
  const x = scaleLog()
    .domain([min(values) ?? 1, Math.max(10, max(values) ?? 10)])
    .nice()
    .range([110, WIDTH - 20]);
  const y = scaleBand()
    .domain(severities)
    .range([20, height - 40])
    .padding(0.3);
  const body: string[] = [line(110, height - 40, WIDTH - 20, height - 40)];
  for (const t of x
    .ticks(6)
    .filter((t) => [1, 10, 60, 120, 600, 1440].includes(t) || Math.log10(t) % 1 === 0))
    body.push(
      line(x(t), 20, x(t), height - 40, "grid"),
      text(x(t), height - 24, shortMinutes(t), 'class="tick" text-anchor="middle"'),
    );
  const table: string[][] = [];
  for (const s of severities) {
    const vs = rows
      .filter((row) => (row.severity ?? "(none)") === s)
      .map((row) => Math.max(1, row.durations.timeToResolve!));
    const cy = y(s)! + y.bandwidth() / 2;
    body.push(text(104, cy + 4, s, 'class="tick" text-anchor="end"'));
    for (const v of vs)
      body.push(
        `<circle cx="${n(x(v))}" cy="${n(cy)}" r="4" class="dot"><title>${s}: ${shortMinutes(v)}</title></circle>`,
      );
    const m = median(vs)!;
    body.push(line(x(m), cy - 12, x(m), cy + 12, "median"));
    table.push([s, String(vs.length), String(Math.round(m)), vs.sort((a, b) => a - b).join(", ")]);
  }
  const title = "Time to resolve by severity (minutes, log scale; bar: median)";
  return {
    id: "chart-durations",
    title,
    svg: svg("chart-durations", title, height, body),
    data: { head: ["severity", "n", "median minutes", "minutes"], rows: table },
  };
}
