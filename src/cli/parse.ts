import { existsSync, statSync } from "node:fs";
import type { VFile } from "vfile";
import { Inputs } from "./inputs.js";
import { parseDocument, type InputFormat } from "../parse/parse-document.js";
import { EXIT, emit, handleError, printDiagnostics, UsageError } from "./shared.js";

export interface ParseFlags {
  format: "json" | "yaml" | "ndjson";
  input: InputFormat;
  output?: string;
  force?: boolean;
  maxBytes?: number;
}

export async function runParse(paths: string[], flags: ParseFlags): Promise<void> {
  if (!["json", "yaml", "ndjson"].includes(flags.format))
    throw new UsageError(`--format must be json, yaml or ndjson, got "${flags.format}"`);
  const incidents: unknown[] = [];
  const files: VFile[] = [];
  let ioFailed = false;
  const inputs = new Inputs(paths, { maxBytes: flags.maxBytes });
  for await (const { input } of inputs) {
    try {
      const parsed = await parseDocument(input.text, { path: input.path, input: flags.input });
      for (const p of parsed) {
        for (const repair of input.repairs)
          p.file.message(`The input was not clean text: ${repair}`, {
            ruleId: "parse/encoding",
            source: "postmortem",
          }).fatal = false;
        incidents.push(p.incident);
        files.push(p.file);
      }
    } catch (error) {
      handleError(error);
      ioFailed = true;
    }
  }
  inputs.report();
  ioFailed ||= inputs.failed;
  // Infos (what was left out as a footer) are for --verbose readers; warnings always show.
  for (const f of files) f.messages = f.messages.filter((m) => m.fatal !== undefined);
  let text: string;
  if (flags.format === "ndjson")
    text = incidents.map((i) => JSON.stringify(i)).join("\n") + (incidents.length ? "\n" : "");
  else if (flags.format === "yaml") {
    // yaml is CommonJS: a dynamic import takes module.exports, the one export a bundle keeps.
    const { stringify } = (await import("yaml")).default;
    text = incidents.map((i) => stringify(i, { lineWidth: 0 })).join("---\n");
  } else
    text =
      JSON.stringify(
        incidents.length === 1 && files.length === 1 && !isMany(paths) ? incidents[0] : incidents,
        null,
        2,
      ) + "\n";
  await emit(text, flags.output, flags.force, ioFailed);
  printDiagnostics(files);
  process.exitCode = ioFailed
    ? EXIT.usage
    : files.some((f) => f.messages.some((m) => m.fatal === true))
      ? EXIT.problems
      : EXIT.ok;
}

/** Whether the command line may stand for several documents (a folder or a glob), so JSON output is an array whatever it held. */
function isMany(paths: readonly string[]): boolean {
  return (
    paths.length !== 1 ||
    (paths[0] !== "-" &&
      (existsSync(paths[0]!) ? statSync(paths[0]!).isDirectory() : /[*?[{]/.test(paths[0]!)))
  );
}
