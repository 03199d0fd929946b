import { reportSections, type ChartName, type Table } from "../present/sections.js";
import type { StatsReport } from "../report.js";
import { esc, type Chart } from "../charts/svg.js";
import { periodsChart } from "../charts/periods-chart.js";
import { durationsChart } from "../charts/durations-chart.js";
import { ecdfChart } from "../charts/ecdf-chart.js";
import { tagsChart } from "../charts/tags-chart.js";
import { actionItemsChart } from "../charts/action-items-chart.js";
import { heatmapChart } from "../charts/heatmap-chart.js";

const CHARTS: Record<ChartName, (r: StatsReport) => Chart> = {
  periods: periodsChart,
  durations: durationsChart,
  ecdf: ecdfChart,
  tags: tagsChart,
  actionItems: actionItemsChart,
  heatmap: heatmapChart,
};

// Nothing is fetched and nothing runs: styles are inline, charts are SVG in the page.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;color:#1d2330;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #d8dde6}
.definition{color:#4a5568;font-style:italic}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{padding:.2rem .6rem;border-bottom:1px solid #e6e9ef;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.3rem 0}
figure{margin:1rem 0}.chart{max-width:100%;height:auto}.chart text{font:11px system-ui,sans-serif;fill:#1d2330}
.axis{stroke:#1d2330}.grid{stroke:#e6e9ef}.dot{fill:#4e79a7;fill-opacity:.7}.median{stroke:#e15759;stroke-width:3}
.ecdf{fill:none;stroke:#4e79a7;stroke-width:2}.hours{fill:none;stroke:#e15759;stroke-width:1.5}
@media print{body{max-width:none;margin:0;font-size:11pt}h2{break-after:avoid}figure,table{break-inside:avoid}a{color:inherit;text-decoration:none}}
`.trim();

export interface HtmlOptions {
  /** The link to a source document from the page (default: its path as given). */
  hrefOf?: (file: string) => string;
}

/** One self-contained HTML page: no script, no network, charts as SVG, each followed by its data. */
export function statsHtml(report: StatsReport, options: HtmlOptions = {}): string {
  const href = options.hrefOf ?? ((f: string) => f);
  const out: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Post-mortem statistics</title>",
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<h1>Post-mortem statistics</h1>",
  ];
  for (const s of reportSections(report)) {
    out.push(`<section id="${s.id}">`, `<h2>${esc(s.title)}</h2>`);
    if (s.definition) out.push(`<p class="definition">${esc(s.definition)}</p>`);
    if (s.lines.length)
      out.push(
        "<ul>",
        ...s.lines.map((l) => `<li>${linked(l, s.files ?? [], href)}</li>`),
        "</ul>",
      );
    for (const name of s.charts) out.push(...figure(CHARTS[name](report)));
    for (const t of s.tables) out.push(...tableHtml(t));
    out.push("</section>");
  }
  out.push(...documents(report, href), "</body>", "</html>", "");
  return out.join("\n");
}

/** A line with the source files it names turned into links. */
function linked(line: string, files: string[], href: (f: string) => string): string {
  const file = files.find((f) => line.startsWith(`${f}:`));
  if (!file) return esc(line);
  return `<a href="${esc(href(file))}">${esc(file)}</a>${esc(line.slice(file.length))}`;
}

function figure(c: Chart): string[] {
  return [
    `<figure id="${c.id}">`,
    c.svg,
    `<figcaption>${esc(c.title)}</figcaption>`,
    "</figure>",
    ...tableHtml({
      caption: `Data: ${c.title}`,
      head: c.data.head,
      rows: c.data.rows,
      numeric: c.data.head.map(() => false),
    }),
  ];
}

function tableHtml(t: Table): string[] {
  const cls = (i: number): string => (t.numeric[i] ? ' class="num"' : "");
  return [
    "<table>",
    `<caption>${esc(t.caption)}</caption>`,
    `<thead><tr>${t.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...(t.rows.length
      ? t.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join("")}</tr>`)
      : [`<tr><td colspan="${t.head.length}">none</td></tr>`]),
    "</tbody>",
    "</table>",
  ];
}

function documents(r: StatsReport, href: (f: string) => string): string[] {
  return [
    '<section id="documents">',
    "<h2>Documents</h2>",
    "<table>",
    "<caption>Every document read</caption>",
    '<thead><tr><th scope="col">date</th><th scope="col">title</th><th scope="col">severity</th><th scope="col">counted</th></tr></thead>',
    "<tbody>",
    ...r.rows.map((x) => {
      const counted = x.excluded ? esc(`no: ${x.excluded}`) : x.nearMiss ? "near miss" : "yes";
      const link = `<a href="${esc(href(x.file))}">${esc(x.title ?? x.file)}</a>`;
      return `<tr><td>${esc(x.date ?? "")}</td><td>${link}</td><td>${esc(x.severity ?? "")}</td><td>${counted}</td></tr>`;
    }),
    "</tbody>",
    "</table>",
    "</section>",
  ];
}
