import { loadIncident } from "../load/load-incident.js";
import { formatJson } from "../diagnostics/formatters/json.js";
import { countMessages } from "../diagnostics/report.js";
import { EXIT, printDiagnostics, UsageError, handleError } from "./shared.js";
import type { VFile } from "vfile";

export interface ValidateFlags {
  format: string;
  maxBytes?: number;
}

export async function runValidate(paths: string[], flags: ValidateFlags): Promise<void> {
  if (!["stylish", "json"].includes(flags.format)) throw new UsageError(`--format must be stylish or json, got "${flags.format}"`);
  const files: VFile[] = [];
  let ioFailed = false;
  for (const path of paths) {
    try {
      const loaded = await loadIncident(path, flags.maxBytes ? { maxBytes: flags.maxBytes } : {});
      files.push(loaded.file);
    } catch (error) {
      handleError(error);
      ioFailed = true;
    }
  }
  if (flags.format === "json") process.stdout.write(formatJson(files));
  else printDiagnostics(files);
  const counts = countMessages(files);
  if (flags.format === "stylish" && counts.errors === 0 && !ioFailed) {
    process.stderr.write(`${files.length} file${files.length === 1 ? "" : "s"} valid\n`);
  }
  process.exitCode = ioFailed ? EXIT.usage : counts.errors > 0 ? EXIT.problems : EXIT.ok;
}
