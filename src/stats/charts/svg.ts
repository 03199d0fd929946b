/** SVG drawn as text in Node: no browser, no DOM. Numbers are rounded so output is stable. */

export const WIDTH = 640;
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const n = (x: number): string => String(Math.round(x * 10) / 10);

/** One chart: the SVG, its title, and the data it draws, as a table to follow it. */
export interface Chart {
  id: string;
  title: string;
  svg: string;
  data: { head: string[]; rows: string[][] };
}

export function svg(id: string, title: string, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}"` +
      ` width="${WIDTH}" height="${n(height)}" role="img" aria-labelledby="${id}-title" class="chart">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    ...body,
    "</svg>",
  ].join("\n");
}

export const text = (x: number, y: number, s: string, attrs = ""): string =>
  `<text x="${n(x)}" y="${n(y)}"${attrs ? " " + attrs : ""}>${esc(s)}</text>`;

export const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  label: string,
): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="${fill}"><title>${esc(label)}</title></rect>`;

export const line = (x1: number, y1: number, x2: number, y2: number, cls = "axis"): string =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" class="${cls}"/>`;

/** A legend row of coloured keys. */
export function legend(keys: string[], y: number, colour: (k: string) => string): string[] {
  let x = 50;
  return keys.flatMap((k) => {
    const out = [rect(x, y - 9, 10, 10, colour(k), k), text(x + 14, y, k, 'class="legend"')];
    x += 24 + k.length * 7;
    return out;
  });
}

/** Minutes in a short form for axis ticks: 5m, 2h, 3d. */
export function shortMinutes(m: number): string {
  if (m < 60) return `${n(m)}m`;
  if (m < 1440) return `${n(m / 60)}h`;
  return `${n(m / 1440)}d`;
}
