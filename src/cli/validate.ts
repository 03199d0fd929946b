import { loadIncidentText } from "../load/load-incident.js";
import { Inputs } from "./inputs.js";
import { formatJson } from "../diagnostics/formatters/json.js";
import { countMessages } from "../diagnostics/report.js";
import { EXIT, printDiagnostics, UsageError, handleError } from "./shared.js";
import type { VFile } from "vfile";

export interface ValidateFlags {
  format: string;
  maxBytes?: number;
}

export async function runValidate(paths: string[], flags: ValidateFlags): Promise<void> {
  if (!["stylish", "json"].includes(flags.format))
    throw new UsageError(`--format must be stylish or json, got "${flags.format}"`);
  const files: VFile[] = [];
  let ioFailed = false;
  const inputs = new Inputs(paths, {
    maxBytes: flags.maxBytes,
    dataOnly: true,
    invalidText: "reject",
  });
  for await (const { input } of inputs) {
    try {
      files.push(loadIncidentText(input.text, { path: input.path }).file);
    } catch (error) {
      handleError(error);
      ioFailed = true;
    }
  }
  inputs.report();
  ioFailed ||= inputs.failed;
  if (flags.format === "json") process.stdout.write(formatJson(files));
  else printDiagnostics(files);
  const counts = countMessages(files);
  if (flags.format === "stylish" && counts.errors === 0 && !ioFailed) {
    process.stderr.write(`${files.length} file${files.length === 1 ? "" : "s"} valid\n`);
  }
  process.exitCode = ioFailed ? EXIT.usage : counts.errors > 0 ? EXIT.problems : EXIT.ok;
}
