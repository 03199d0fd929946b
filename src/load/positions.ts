/** A place in a source text: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Where a value, and the key that names it when there is one, came from. */
export interface Located {
  key?: Range;
  value: Range;
}

/**
 * Source positions keyed by JSON Pointer (`/timeline/2/time`, `""` for the whole document).
 * Loaders and parsers fill it; validation and lint read it, and cope with a missing entry
 * because data built in code has no source.
 */
export type PositionMap = Map<string, Located>;

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function toPointer(path: ReadonlyArray<string | number>): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** `timeline[2].time`: how people write a path in a message. */
export function displayPath(pointer: string): string {
  let out = "";
  for (const part of fromPointer(pointer)) {
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Z_$][\w$-]*$/i.test(part)) out += (out ? "." : "") + part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "document";
}

/** The nearest recorded place for a pointer: itself, else its closest recorded ancestor. */
export function locate(positions: PositionMap | undefined, pointer: string): Located | undefined {
  if (!positions) return undefined;
  let p = pointer;
  for (;;) {
    const hit = positions.get(p);
    if (hit) return hit;
    if (p === "") return undefined;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

/** Line starts of a text, for turning offsets into line and column without rescanning. */
export class LineIndex {
  readonly starts: number[] = [0];
  /**
   * `firstLine` and `firstOffset` place the text inside a larger file (a message in an mbox), so
   * points are in that file's lines without building a text padded out to it.
   */
  constructor(
    text: string,
    readonly firstLine = 1,
    readonly firstOffset = 0,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      this.starts.push(i + 1);
  }
  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return {
      line: lo + this.firstLine,
      column: offset - this.starts[lo]! + 1,
      offset: offset + this.firstOffset,
    };
  }
  /** The point at a 1-based line of the file and a column (clamped to the text). */
  at(line: number, column: number): Point {
    const l = Math.min(Math.max(line - this.firstLine + 1, 1), this.starts.length);
    return {
      line: l + this.firstLine - 1,
      column,
      offset: this.starts[l - 1]! + column - 1 + this.firstOffset,
    };
  }
  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }
}
