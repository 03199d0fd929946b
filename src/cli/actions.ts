import { Inputs } from "./inputs.js";
import { parseDocument } from "../parse/parse-document.js";
import { actionRows, filterRows, sortRows, type ActionRow } from "../actions/collect.js";
import { toCsv, toJson, toMarkdown, toNdjson } from "../actions/format.js";
import { EXIT, emit, handleError, printDiagnostics, UsageError } from "./shared.js";
import type { VFile } from "vfile";
import { pushAll } from "../util/push-all.js";

export interface ActionsFlags {
  format: "json" | "ndjson" | "csv" | "markdown";
  status?: string;
  owner?: string;
  since?: string;
  overdue?: boolean;
  output?: string;
  force?: boolean;
  maxBytes?: number;
}

export async function runActions(paths: string[], flags: ActionsFlags): Promise<void> {
  if (flags.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.since))
    throw new UsageError(`--since must be a date such as 2018-11-20, got "${flags.since}"`);
  const rows: ActionRow[] = [];
  const files: VFile[] = [];
  let ioFailed = false;
  const inputs = new Inputs(paths, { maxBytes: flags.maxBytes });
  for await (const { input } of inputs) {
    try {
      for (const parsed of await parseDocument(input.text, { path: input.path })) {
        pushAll(rows, actionRows(parsed, input.path));
        // Only what stops an item being read matters here; inference notes are for `parse`.
        parsed.file.messages = parsed.file.messages.filter((m) => m.fatal === true);
        files.push(parsed.file);
      }
    } catch (error) {
      handleError(error);
      ioFailed = true;
    }
  }
  inputs.report();
  ioFailed ||= inputs.failed;
  const today = new Date().toISOString().slice(0, 10);
  const selected = sortRows(
    filterRows(rows, {
      status: flags.status,
      owner: flags.owner,
      since: flags.since,
      overdueOn: flags.overdue ? today : undefined,
    }),
  );
  const format = { json: toJson, ndjson: toNdjson, csv: toCsv, markdown: toMarkdown }[flags.format];
  await emit(format(selected), flags.output, flags.force, ioFailed);
  printDiagnostics(files);
  process.exitCode = ioFailed
    ? EXIT.usage
    : files.some((f) => f.messages.some((m) => m.fatal === true))
      ? EXIT.problems
      : EXIT.ok;
}
