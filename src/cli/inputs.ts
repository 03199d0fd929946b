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
    for (const file of files) {
      let input: Input;
      try {
        input = await readInput(file.path, {
          invalidText: this.options.invalidText ?? "replace",
          ...(this.options.maxBytes ? { maxBytes: this.options.maxBytes } : {}),
        });
      } catch (error) {
        handleError(error);
        this.failed = true;
        continue;
      }
      if (file.found && !(await looksLikePostmortem(input.text, file.path)))
        this.skipped.push(file.path);
      else yield { path: file.path, input };
    }
  }

  /** One stderr line on what a folder held that was left out, so nothing is skipped unseen. */
  report(): void {
    const parts: string[] = [];
    if (this.skipped.length) {
      const names = this.skipped.slice(0, 5).map((p) => relative(".", p) || p);
      const n = this.skipped.length;
      const more = n > 5 ? ", ..." : "";
      parts.push(
        `${n} that ${n === 1 ? "is" : "are"} not a post-mortem (${names.join(", ")}${more})`,
      );
    }
    if (this.ignored.length) parts.push(`${this.ignored.length} ignored by .gitignore`);
    if (parts.length) process.stderr.write(`postmortem: skipped ${parts.join(" and ")}\n`);
  }
}
