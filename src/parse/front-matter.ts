import { createRequire } from "node:module";

type Yaml = typeof import("yaml");
type Toml = typeof import("smol-toml");

// The parsers are large and most documents have no front matter: they load with the first
// document that has some. Asynchronous readers load them first (loadFrontMatterParsers); a
// synchronous reader that did not gets them from the installed packages.
let yaml: Yaml | undefined;
let toml: Toml | undefined;
const requireSync = createRequire(import.meta.url);
const YAML_START = /^---[ \t]*\r?\n/;
const TOML_START = /^\+\+\+[ \t]*\r?\n/;

/** Loads the parser the text's front matter needs, if it has any, so reading stays synchronous. */
export async function loadFrontMatterParsers(text: string): Promise<void> {
  // yaml is CommonJS: a dynamic import takes module.exports, the one export a bundle keeps.
  if (!yaml && YAML_START.test(text)) yaml = (await import("yaml")).default;
  if (!toml && TOML_START.test(text)) toml = await import("smol-toml");
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based lines of the opening and closing `---`. */
  line: number;
  endLine: number;
  /** Set when the block is there but is not a YAML mapping. */
  error?: string;
}

/**
 * Front matter at the very top: YAML between `---` lines (Jekyll, Hugo, Quarto) or TOML between
 * `+++` lines (Hugo, Zola). Nested tables are flattened one level, so `[taxonomies] author = [...]`
 * reads as an author list.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (TOML_START.test(text)) return readToml(text);
  if (!YAML_START.test(text)) return undefined;
  const end = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!end) return undefined;
  const body = text.slice(text.indexOf("\n") + 1, 3 + end.index);
  const endLine = text.slice(0, 3 + end.index + 1).split("\n").length;
  try {
    yaml ??= requireSync("yaml") as Yaml;
    const data = yaml.parse(body, { schema: "core", maxAliasCount: 50 }) as unknown;
    if (data && typeof data === "object" && !Array.isArray(data))
      return { data: data as Record<string, unknown>, line: 1, endLine };
    return { data: {}, line: 1, endLine, error: "front matter is not a mapping of keys" };
  } catch (error) {
    return {
      data: {},
      line: 1,
      endLine,
      error: `front matter is not valid YAML (${String((error as Error).message).split("\n")[0]})`,
    };
  }
}

function readToml(text: string): FrontMatter | undefined {
  const end = /\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!end) return undefined;
  const body = text.slice(text.indexOf("\n") + 1, 3 + end.index);
  const endLine = text.slice(0, 3 + end.index + 1).split("\n").length;
  try {
    toml ??= requireSync("smol-toml") as Toml;
    const data = toml.parse(body) as Record<string, unknown>;
    const flat: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) {
      if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) {
        for (const [k2, v2] of Object.entries(v)) if (!(k2 in data)) flat[k2] = v2;
      } else flat[k] = v;
    }
    return { data: flat, line: 1, endLine };
  } catch (error) {
    return {
      data: {},
      line: 1,
      endLine,
      error: `front matter is not valid TOML (${String((error as Error).message).split("\n")[0]})`,
    };
  }
}
