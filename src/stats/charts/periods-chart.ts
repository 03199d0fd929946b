import { scaleBand, scaleLinear, scaleOrdinal } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import type { StatsReport } from "../report.js";
import { PALETTE, WIDTH, legend, line, rect, svg, text, type Chart } from "./svg.js";

const counted = (r: StatsReport): StatsReport["rows"] =>
  r.rows.filter((x) => !x.excluded && !x.nearMiss && x.date);

/** Incidents per quarter, stacked by severity. */
export function periodsChart(r: StatsReport): Chart {
  const rows = counted(r);
  const periods = Object.keys(r.incidents.byQuarter);
  const severities = [...new Set(rows.map((x) => x.severity ?? "(none)"))].sort();
  const table = periods.map((p) => {
    const inPeriod = rows.filter(
      (x) => `${x.date!.slice(0, 4)}-Q${Math.ceil(Number(x.date!.slice(5, 7)) / 3)}` === p,
    );
    return Object.fromEntries([
      ["period", p],
      ...severities.map((s) => [s, inPeriod.filter((x) => (x.severity ?? "(none)") === s).length]),
    ]) as Record<string, number | string>;
  });
  const series = stack<Record<string, number | string>>()
    .keys(severities)
    .value((d, k) => Number(d[k] ?? 0))(table);
  const height = 260;
  const x = scaleBand()
    .domain(periods)
    .range([50, WIDTH - 10])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, max(series, (s) => max(s, (d) => d[1])) ?? 1])
    .nice()
    .range([height - 60, 20]);
  const colour = scaleOrdinal<string, string>().domain(severities).range(PALETTE);
  const body: string[] = [line(50, y(0), WIDTH - 10, y(0))];
  for (const t of y.ticks(5).filter(Number.isInteger))
    body.push(
      text(44, y(t) + 4, String(t), 'class="tick" text-anchor="end"'),
      line(50, y(t), WIDTH - 10, y(t), "grid"),
    );
  for (const s of series)
    for (const d of s) {
      const period = String(d.data.period);
      body.push(
        rect(
          x(period)!,
          y(d[1]),
          x.bandwidth(),
          y(d[0]) - y(d[1]),
          colour(s.key),
          `${period} ${s.key}: ${d[1] - d[0]}`,
        ),
      );
    }
  const every = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, i) => {
    if (i % every === 0)
      body.push(
        text(x(p)! + x.bandwidth() / 2, height - 44, p, 'class="tick" text-anchor="middle"'),
      );
  });
  body.push(...legend(severities, height - 12, colour));
  return {
    id: "chart-periods",
    title: "Incidents per quarter, by severity",
    svg: svg("chart-periods", "Incidents per quarter, by severity", height, body),
    data: {
      head: ["quarter", ...severities],
      rows: table.map((t) => [String(t.period), ...severities.map((s) => String(t[s]))]),
    },
  };
}
