import type { VFile } from "vfile";
import { UsageError } from "./usage-error.js";
import { InputError } from "../load/input-error.js";
import { FileExistsError } from "../output/file-exists-error.js";
import { formatStylish } from "../diagnostics/formatters/stylish.js";
import { TemplateError } from "../render/template-error.js";
import { HeaderError } from "../render/mail-headers.js";

/** Exit codes: 0 clean, 1 the document has problems, 2 usage or I/O error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export { UsageError };

export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

export function printDiagnostics(files: readonly VFile[]): void {
  const text = formatStylish(files, { color: useColor(process.stderr) });
  if (text) process.stderr.write(text);
}

/**
 * Maps the errors a user can cause to a one-line message and exit code; anything else is a
 * bug and keeps its stack trace so it can be reported.
 */
export function handleError(error: unknown): void {
  if (error instanceof InputError) {
    const where = error.place
      ? `${error.file}:${error.place.line}:${error.place.column}`
      : error.file;
    process.stderr.write(`${where}: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (error instanceof TemplateError) {
    const where = error.line
      ? `${error.template}:${error.line}:${error.column ?? 1}`
      : error.template;
    process.stderr.write(`${where}: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (error instanceof HeaderError) {
    process.stderr.write(`postmortem: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (error instanceof FileExistsError || error instanceof UsageError) {
    process.stderr.write(`postmortem: ${error.message}\n`);
    // A file in the way is an I/O refusal, not a problem in the document: 2, as documented.
    process.exitCode = EXIT.usage;
  } else if (
    error &&
    typeof error === "object" &&
    "code" in error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    "path" in error
  ) {
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(
      `${e.path}: ${e.code === "ENOENT" ? "no such file or folder" : e.code === "EACCES" ? "permission denied" : e.message}\n`,
    );
    process.exitCode = EXIT.usage;
  } else {
    throw error;
  }
}

/**
 * Sends a command's output to stdout, or atomically to a file that is only replaced with
 * --force. When an input could not be read, the output is partial: stdout still gets it (the
 * exit code says so), but a file is left as it was rather than replaced by an incomplete one.
 */
export async function emit(
  text: string | Uint8Array,
  output: string | undefined,
  force: boolean | undefined,
  incomplete = false,
): Promise<void> {
  if (incomplete && output && output !== "-") {
    process.stderr.write(`postmortem: nothing written to ${output}: an input could not be read\n`);
    return;
  }
  if (!output || output === "-") {
    process.stdout.write(text);
    return;
  }
  const { writeFileAtomic } = await import("../output/write-file-atomic.js");
  await writeFileAtomic(output, text, { force: Boolean(force) });
}
