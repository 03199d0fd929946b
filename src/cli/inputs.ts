import { relative } from "node:path";
import { expandInputs, type ExpandOptions } from "../load/expand-inputs.js";
import { looksLikePostmortem } from "../parse/looks-like-postmortem.js";
import { readInput, type Input, type ReadOptions } from "../load/read-input.js";
import { handleError } from "./shared.js";

export interface InputOptions extends ExpandOptions {
  maxBytes?: number | undefined;
  invalidText?: ReadOptions["invalidText"];
}

/**
 * The documents a command line names, read one at a time. Files found under a folder that are
 * not post-mortems are skipped and counted, like what `.gitignore` ignores; a file that cannot
 * be read is reported and marks the run as failed, and the others are still read.
 */
const LOOKAHEAD = 8;

export class Inputs {
  readonly skipped: string[] = [];
  ignored: string[] = [];
  failed = false;

  constructor(
    private readonly paths: readonly string[],
    private readonly options: InputOptions,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<{ path: string; input: Input }> {
    const { files, ignored } = await expandInputs(this.paths, this.options);
    this.ignored = ignored;
    const options: ReadOptions = {
      invalidText: this.options.invalidText ?? "replace",
      ...(this.options.maxBytes ? { maxBytes: this.options.maxBytes } : {}),
    };
    // A few reads ahead of the one being used, so the disk is busy while a document is read;
    // errors are still reported in file order.
    const read = (path: string): Promise<{ input: Input } | { error: unknown }> =>
      readInput(path, options).then(
        (input) => ({ input }),
        (error: unknown) => ({ error }),
      );
    const pending = new Map<number, ReturnType<typeof read>>();
    for (let i = 0; i < Math.min(LOOKAHEAD, files.length); i++)
      pending.set(i, read(files[i]!.path));
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const result = await pending.get(i)!;
      pending.delete(i);
      if (i + LOOKAHEAD < files.length)
        pending.set(i + LOOKAHEAD, read(files[i + LOOKAHEAD]!.path));
      if ("error" in result) {
        handleError(result.error);
        this.failed = true;
        continue;
      }
      if (file.found && !(await looksLikePostmortem(result.input.text, file.path)))
        this.skipped.push(file.path);
      else yield { path: file.path, input: result.input };
    }
  }

  /** One stderr line on what a folder held that was left out, so nothing is skipped unseen. */
  report(): void {
    reportLeftOut(this.skipped, this.ignored);
  }
}

export function reportLeftOut(skipped: readonly string[], ignored: readonly string[]): void {
  const parts: string[] = [];
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((p) => relative(".", p) || p);
    const more = skipped.length > 5 ? ", ..." : "";
    const verb = skipped.length === 1 ? "is" : "are";
    parts.push(`${skipped.length} that ${verb} not a post-mortem (${names.join(", ")}${more})`);
  }
  if (ignored.length) parts.push(`${ignored.length} ignored by .gitignore`);
  if (parts.length) process.stderr.write(`postmortem: skipped ${parts.join(" and ")}\n`);
}
