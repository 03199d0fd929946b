import { scaleBand, scaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { StatsReport } from "../report.js";
import { PALETTE, WIDTH, rect, svg, text, type Chart } from "./svg.js";

/** The most frequent tags, as horizontal bars. */
export function tagsChart(r: StatsReport): Chart {
  const tags = Object.entries(r.incidents.byTag)
    .flatMap(([prefix, counts]) =>
      Object.entries(counts).map(([t, c]): [string, number] => [`${prefix}:${t}`, c]),
    )
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12);
  const height = 40 + Math.max(1, tags.length) * 24;
  const y = scaleBand()
    .domain(tags.map(([t]) => t))
    .range([10, height - 30])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, max(tags, ([, c]) => c) ?? 1])
    .range([170, WIDTH - 40]);
  const body: string[] = [];
  for (const [t, c] of tags) {
    body.push(text(164, y(t)! + y.bandwidth() / 2 + 4, t, 'class="tick" text-anchor="end"'));
    body.push(rect(170, y(t)!, x(c) - 170, y.bandwidth(), PALETTE[0]!, `${t}: ${c}`));
    body.push(text(x(c) + 4, y(t)! + y.bandwidth() / 2 + 4, String(c), 'class="tick"'));
  }
  const title = "Most frequent tags";
  return {
    id: "chart-tags",
    title,
    svg: svg("chart-tags", title, height, body),
    data: { head: ["tag", "incidents"], rows: tags.map(([t, c]) => [t, String(c)]) },
  };
}
