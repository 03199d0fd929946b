import {
  parseDocument,
  isMap,
  isSeq,
  isScalar,
  isPair,
  LineCounter,
  visit,
  type Node as YamlNode,
} from "yaml";
import { LineIndex, toPointer, type PositionMap, type Range } from "./positions.js";

/** A problem found while reading a data file, before any schema check. */
export interface DataProblem {
  message: string;
  range: Range;
  ruleId: string;
}

export interface LoadedData {
  data: unknown;
  positions: PositionMap;
  problems: DataProblem[];
}

/**
 * Reads JSON or YAML text, keeping the source range of every key and value. The `yaml` package
 * reads both (YAML 1.2 is a superset of JSON), so one walk gives positions for either; JSON
 * files are also held to JSON's own grammar so a YAML-only construct in a .json file is an error.
 */
export function loadData(text: string, format: "json" | "yaml"): LoadedData {
  const lines = new LineIndex(text);
  const problems: DataProblem[] = [];
  const positions: PositionMap = new Map();
  if (text.trim() === "") {
    problems.push({
      message: "The file is empty; expected an incident with at least a title and a date",
      range: lines.range(0, 0),
      ruleId: "empty-file",
    });
    return { data: undefined, positions, problems };
  }
  const deep = tooDeep(text);
  if (deep !== undefined) {
    problems.push({ message: TOO_DEEP, range: lines.range(deep, deep), ruleId: "syntax" });
    return { data: undefined, positions, problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: "1.2",
    schema: "core",
    keepSourceTokens: false,
  });
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    problems.push({
      message: sentence(error.message),
      range: lines.range(start, Math.max(start, end)),
      ruleId: "syntax",
    });
  }
  if (problems.length > 0) return { data: undefined, positions, problems };
  if (format === "json") {
    try {
      JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec(String((error as Error).message));
      const offset = at ? Number(at[1]) : 0;
      problems.push({
        message: `Invalid JSON: ${String((error as Error).message).replace(/ in JSON at position \d.*$/s, "")}`,
        range: lines.range(offset, offset),
        ruleId: "syntax",
      });
      return { data: undefined, positions, problems };
    }
  }
  recordPositions(doc.contents, [], positions, lines);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to no anchor, or an alias bomb: the parser reports these only on conversion.
    let at: [number, number] = [0, 0];
    visit(doc, {
      Alias(_, node) {
        if (node.range && !node.resolve(doc)) {
          at = [node.range[0], node.range[1]];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    problems.push({
      message: sentence((error as Error).message),
      range: lines.range(at[0], at[1]),
      ruleId: "syntax",
    });
    return { data: undefined, positions, problems };
  }
  return { data, positions, problems };
}

const TOO_DEEP = "The document nests too deeply to read (thousands of levels); flatten it";
const MAX_DEPTH = 1000;

/**
 * Where brackets or braces first nest deeper than MAX_DEPTH, outside quoted strings. The YAML
 * parser recurses per level: left to overflow the stack, it leaves the engine unable to
 * compile regular expressions for the rest of the process, so deep data never reaches it.
 */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return undefined;
}

function sentence(message: string): string {
  // The YAML parser records its own stack overflow as a syntax error at the place it gave up.
  if (/maximum call stack/i.test(message)) return TOO_DEEP;
  const first = message.split("\n")[0] ?? message;
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/** Every value's position (and its key's), by JSON Pointer, for diagnostics. */
function recordPositions(
  node: YamlNode | null | undefined,
  path: Array<string | number>,
  positions: PositionMap,
  lines: LineIndex,
  keyRange?: Range,
): void {
  if (!node) return;
  const pointer = toPointer(path);
  const r = node.range;
  if (r)
    positions.set(
      pointer,
      keyRange
        ? { key: keyRange, value: lines.range(r[0], r[1]) }
        : { value: lines.range(r[0], r[1]) },
    );
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      const name = isScalar(key) ? String(key.value) : String(key);
      const kr = key?.range ? lines.range(key.range[0], key.range[1]) : undefined;
      const value = pair.value as YamlNode | null;
      if (value) recordPositions(value, [...path, name], positions, lines, kr);
      else if (kr) positions.set(toPointer([...path, name]), { key: kr, value: kr });
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) =>
      recordPositions(item as YamlNode, [...path, index], positions, lines),
    );
  }
}
