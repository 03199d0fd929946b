import type { Point } from "./positions.js";

/**
 * A file that cannot be read as input at all: missing, unreadable, too large, binary, not text.
 * Commands report it and exit 2; it is never a crash.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly file: string,
    message: string,
    readonly place?: Point,
  ) {
    super(message);
  }
}
