import { VFile } from "vfile";
import type { Incident } from "../model/incident.js";
import { report } from "../diagnostics/report.js";
import { validateIncident } from "../validate/validate-incident.js";
import { readInput, type ReadOptions } from "./read-input.js";
import { loadData } from "./load-data.js";
import { locate, type PositionMap } from "./positions.js";

export interface LoadOptions extends ReadOptions {
  /** Force a data format instead of going by the file name. */
  format?: "json" | "yaml";
}

export interface LoadedIncident {
  /** Holds the path, the text and every diagnostic as a VFileMessage. */
  file: VFile;
  /** The validated incident; absent when the data has problems. */
  incident?: Incident;
  /** The raw data as read, even when invalid. */
  data: unknown;
  positions: PositionMap;
}

/**
 * Reads and validates incident data from a JSON or YAML file (`"-"` for stdin). Problems in
 * the document become messages on `file`; a file that cannot be read at all throws InputError.
 */
export async function loadIncident(
  path: string,
  options: LoadOptions = {},
): Promise<LoadedIncident> {
  const input = await readInput(path, options);
  return loadIncidentText(input.text, { ...options, path: input.path });
}

/** Same as loadIncident for text already in memory. */
export function loadIncidentText(
  text: string,
  options: LoadOptions & { path?: string } = {},
): LoadedIncident {
  const path = options.path ?? "<input>";
  const file = new VFile({ path, value: text });
  const format = options.format ?? dataFormat(path, text);
  const loaded = loadData(text.replace(/^\uFEFF/, ""), format);
  for (const p of loaded.problems)
    report(file, p.message, { range: p.range, ruleId: p.ruleId, severity: "error" });
  if (loaded.problems.length > 0) return { file, data: loaded.data, positions: loaded.positions };
  const result = validateIncident(loaded.data);
  if (result.valid)
    return { file, incident: result.data, data: loaded.data, positions: loaded.positions };
  for (const error of result.errors) {
    const where = locate(loaded.positions, error.pointer);
    const range = where
      ? error.at === "key"
        ? (where.key ?? where.value)
        : where.value
      : undefined;
    report(file, error.message, { range, ruleId: `schema/${error.keyword}`, severity: "error" });
  }
  return { file, data: loaded.data, positions: loaded.positions };
}

function dataFormat(path: string, text: string): "json" | "yaml" {
  if (/\.json$/i.test(path)) return "json";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}
