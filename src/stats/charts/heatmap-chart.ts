import { scaleLinear } from "d3-scale";
import { max } from "d3-array";
import type { StatsReport } from "../report.js";
import { rect, svg, text, type Chart } from "./svg.js";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const CELL = 22;

/** When incidents start, by weekday and hour in the report's zone; office hours outlined. */
export function heatmapChart(r: StatsReport): Chart {
  const grid = r.people.startsByWeekdayHour;
  const top = max(grid.flat()) || 1;
  const colour = scaleLinear<string>().domain([0, top]).range(["#f4f6f9", "#08306b"]);
  const left = 50;
  const height = 30 + DAYS.length * CELL + 30;
  const body: string[] = [];
  for (let h = 0; h < 24; h += 3)
    body.push(
      text(
        left + h * CELL + CELL / 2,
        18,
        String(h).padStart(2, "0"),
        'class="tick" text-anchor="middle"',
      ),
    );
  grid.forEach((row, d) => {
    body.push(
      text(left - 6, 30 + d * CELL + CELL / 2 + 4, DAYS[d]!, 'class="tick" text-anchor="end"'),
    );
    row.forEach((count, h) =>
      body.push(
        rect(
          left + h * CELL,
          30 + d * CELL,
          CELL - 2,
          CELL - 2,
          count ? colour(count) : "#f4f6f9",
          `${DAYS[d]} ${String(h).padStart(2, "0")}:00: ${count}`,
        ),
      ),
    );
  });
  body.push(
    `<rect x="${left - 1}" y="29" width="${9 * CELL}" height="${5 * CELL}" class="hours" transform="translate(${9 * CELL} 0)"/>`,
  );
  const title = `Incident starts by weekday and hour (${r.timezone}); outline: office hours`;
  const rows = grid.flatMap((row, d) =>
    row
      .map((c, h): string[] => [DAYS[d]!, String(h).padStart(2, "0"), String(c)])
      .filter((x) => x[2] !== "0"),
  );
  return {
    id: "chart-heatmap",
    title,
    svg: svg("chart-heatmap", title, height, body),
    data: { head: ["weekday", "hour", "starts"], rows },
  };
}
