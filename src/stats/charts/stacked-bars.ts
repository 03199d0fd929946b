import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { max } from "d3-array";
import { WIDTH, legend, line, rect, svg, text, type Chart } from "./svg.js";

export interface StackedBars {
  id: string;
  title: string;
  /** What the bars stand for (the first column of the data table). */
  category: string;
  categories: string[];
  /** What each bar is split by, bottom first. */
  keys: string[];
  value: (category: string, key: string) => number;
  colour: (key: string) => string;
}

const HEIGHT = 260;

/** Vertical bars split by key, with a legend; the data table has one row per bar. */
export function stackedBars(c: StackedBars): Chart {
  const rows = c.categories.map((cat) => ({ cat, values: c.keys.map((k) => c.value(cat, k)) }));
  const series = stack<(typeof rows)[number], number>()
    .keys(c.keys.map((_, i) => i))
    .value((d, i) => d.values[i] ?? 0)(rows);
  const x = scaleBand()
    .domain(c.categories)
    .range([50, WIDTH - 10])
    .padding(0.15);
  const top = max(series, (s) => max(s, (d) => d[1])) || 1;
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([HEIGHT - 60, 20]);
  const body: string[] = [line(50, y(0), WIDTH - 10, y(0))];
  for (const t of y.ticks(5).filter(Number.isInteger))
    body.push(
      text(44, y(t) + 4, String(t), 'class="tick" text-anchor="end"'),
      line(50, y(t), WIDTH - 10, y(t), "grid"),
    );
  for (const s of series) {
    const key = c.keys[s.key]!;
    for (const d of s)
      body.push(
        rect(
          x(d.data.cat)!,
          y(d[1]),
          x.bandwidth(),
          y(d[0]) - y(d[1]),
          c.colour(key),
          `${d.data.cat}, ${key}: ${d[1] - d[0]}`,
        ),
      );
  }
  // Every label when they fit, else every second or third one.
  const every = Math.max(1, Math.ceil(c.categories.length / 12));
  c.categories.forEach((cat, i) => {
    if (i % every === 0)
      body.push(
        text(x(cat)! + x.bandwidth() / 2, HEIGHT - 44, cat, 'class="tick" text-anchor="middle"'),
      );
  });
  body.push(...legend(c.keys, HEIGHT - 12, c.colour));
  return {
    id: c.id,
    title: c.title,
    svg: svg(c.id, c.title, HEIGHT, body),
    data: {
      head: [c.category, ...c.keys],
      rows: rows.map((r) => [r.cat, ...r.values.map(String)]),
    },
  };
}
