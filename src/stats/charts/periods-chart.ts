import { scaleOrdinal } from "d3-scale";
import type { StatsReport } from "../report.js";
import { PALETTE, type Chart } from "./svg.js";
import { stackedBars } from "./stacked-bars.js";

const quarterOf = (date: string): string =>
  `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;

/** Incidents per quarter, stacked by severity. */
export function periodsChart(r: StatsReport): Chart {
  const rows = r.rows.filter((x) => !x.excluded && !x.nearMiss && x.date);
  const severities = [...new Set(rows.map((x) => x.severity ?? "(none)"))].sort();
  const colour = scaleOrdinal<string, string>().domain(severities).range(PALETTE);
  return stackedBars({
    id: "chart-periods",
    title: "Incidents per quarter, by severity",
    category: "quarter",
    categories: Object.keys(r.incidents.byQuarter),
    keys: severities,
    value: (q, s) =>
      rows.filter((x) => quarterOf(x.date!) === q && (x.severity ?? "(none)") === s).length,
    colour: (s) => colour(s),
  });
}
