import { parse as parseYaml } from "yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based lines of the opening and closing `---`. */
  line: number;
  endLine: number;
  /** Set when the block is there but is not a YAML mapping. */
  error?: string;
}

/** YAML front matter (`---` ... `---` at the very top), as Hugo, Jekyll and Quarto write it. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const end = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  if (!end) return undefined;
  const body = text.slice(text.indexOf("\n") + 1, 3 + end.index);
  const endLine = text.slice(0, 3 + end.index + 1).split("\n").length;
  try {
    const data = parseYaml(body, { schema: "core", maxAliasCount: 50 }) as unknown;
    if (data && typeof data === "object" && !Array.isArray(data)) return { data: data as Record<string, unknown>, line: 1, endLine };
    return { data: {}, line: 1, endLine, error: "front matter is not a mapping of keys" };
  } catch (error) {
    return { data: {}, line: 1, endLine, error: `front matter is not valid YAML (${String((error as Error).message).split("\n")[0]})` };
  }
}
