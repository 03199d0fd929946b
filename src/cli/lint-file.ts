import { readInput } from "../load/read-input.js";
import { InputError } from "../load/input-error.js";
import { looksLikePostmortem } from "../parse/looks-like-postmortem.js";
import { lintText, type LintResult } from "../lint/engine.js";
import type { ResolvedConfig } from "../lint/config.js";
import type { Point } from "../load/positions.js";

export interface LintFileOptions {
  config: ResolvedConfig;
  maxBytes?: number | undefined;
}

/** A failure to read, in a form that crosses a worker boundary (classes do not). */
export type ReadFailure =
  | { kind: "input"; file: string; message: string; place?: Point }
  | { kind: "errno"; path: string; code: string; message: string };

/** What reading and linting one file gave: plain data, so a worker thread can send it back. */
export type LintedFile =
  | { kind: "skipped"; path: string }
  | { kind: "failed"; path: string; failure: ReadFailure }
  | {
      kind: "linted";
      path: string;
      errors: number;
      warnings: number;
      repairs: string[];
      /** The text as read, for the rules that compare documents. */
      text: string;
      incidents: LintResult["incidents"];
    };

/** Reads a file, leaves it out when a folder walk found it and it is no post-mortem, lints it. */
export async function lintFile(
  path: string,
  found: boolean,
  options: LintFileOptions,
): Promise<LintedFile> {
  let input;
  try {
    input = await readInput(path, {
      invalidText: "replace",
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    });
  } catch (error) {
    return { kind: "failed", path, failure: toFailure(error) };
  }
  if (found && !(await looksLikePostmortem(input.text, path))) return { kind: "skipped", path };
  const result = await lintText(input.text, { path: input.path, config: options.config });
  return {
    kind: "linted",
    path: input.path,
    errors: result.file.messages.filter((m) => m.fatal === true).length,
    warnings: result.file.messages.filter((m) => m.fatal === false).length,
    repairs: input.repairs,
    text: input.text,
    incidents: result.incidents,
  };
}

function toFailure(error: unknown): ReadFailure {
  if (error instanceof InputError)
    return {
      kind: "input",
      file: error.file,
      message: error.message,
      ...(error.place ? { place: error.place } : {}),
    };
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === "string" && typeof e.path === "string")
    return { kind: "errno", path: e.path, code: e.code, message: e.message };
  throw error;
}

/** The error a failure stands for, for the usual report. */
export function fromFailure(f: ReadFailure): unknown {
  if (f.kind === "input") return new InputError(f.file, f.message, f.place);
  return Object.assign(new Error(f.message), { code: f.code, path: f.path });
}
