import { scaleLinear, scaleLog } from "d3-scale";
import { line as path, curveStepAfter } from "d3-shape";
import { max, min } from "d3-array";
import type { StatsReport } from "../report.js";
import { WIDTH, line, n, shortMinutes, svg, text, type Chart } from "./svg.js";

/** The share of incidents resolved within each time: an ECDF, which hides no outlier. */
export function ecdfChart(r: StatsReport): Chart {
  const values = r.rows
    .filter((x) => !x.excluded && !x.nearMiss && x.durations.timeToResolve !== null)
    .map((x) => Math.max(1, x.durations.timeToResolve!))
    .sort((a, b) => a - b);
  const height = 240;
  const x = scaleLog()
    .domain([min(values) ?? 1, Math.max(10, max(values) ?? 10)])
    .nice()
    .range([50, WIDTH - 20]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - 40, 20]);
  const points: Array<[number, number]> = values.map((v, i) => [v, (i + 1) / values.length]);
  if (points.length) points.unshift([x.domain()[0]!, 0]);
  const d =
    path<[number, number]>()
      .x((p) => Number(n(x(p[0]))))
      .y((p) => Number(n(y(p[1]))))
      .curve(curveStepAfter)(points) ?? "";
  const body: string[] = [
    line(50, height - 40, WIDTH - 20, height - 40),
    line(50, 20, 50, height - 40),
  ];
  for (const t of [0, 0.25, 0.5, 0.75, 1])
    body.push(
      line(50, y(t), WIDTH - 20, y(t), "grid"),
      text(44, y(t) + 4, `${t * 100}%`, 'class="tick" text-anchor="end"'),
    );
  for (const t of x.ticks(6).filter((t) => Math.log10(t) % 1 === 0))
    body.push(text(x(t), height - 24, shortMinutes(t), 'class="tick" text-anchor="middle"'));
  if (d) body.push(`<path d="${d}" class="ecdf"/>`);
  for (const [v, share] of points.slice(1))
    body.push(
      `<circle cx="${n(x(v))}" cy="${n(y(share))}" r="2.5" class="dot"><title>${shortMinutes(v)}: ${Math.round(share * 100)}%</title></circle>`,
    );
  const title = "Share of incidents resolved within a time (ECDF, log scale)";
  return {
    id: "chart-ecdf",
    title,
    svg: svg("chart-ecdf", title, height, body),
    data: {
      head: ["minutes to resolve", "share resolved"],
      rows: points.slice(1).map(([v, s]) => [String(v), `${Math.round(s * 100)}%`]),
    },
  };
}
