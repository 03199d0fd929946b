import type { Root } from "mdast";
import type { Processor } from "unified";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import remarkStringify from "remark-stringify";
import type { VFile } from "vfile";
import { parseTextSync } from "../parse/parse-document.js";
import type { Incident } from "../model/incident.js";

declare module "vfile" {
  interface DataMap {
    /** The post-mortem `remarkPostmortem` read from the document: incident data as the schema shapes it. */
    postmortem: Partial<Incident> & Record<string, unknown>;
  }
}

/**
 * A unified plugin that reads the post-mortem in a Markdown document into `file.data.postmortem`,
 * with the reader's warnings as the file's messages, so remark pipelines can lint, index or
 * convert post-mortems along with the rest of their Markdown. The reader works from the source
 * text (its line positions are the ones messages point at); a tree built without a source is
 * written out with remark-stringify first.
 */
export function remarkPostmortem(this: Processor): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const source =
      file.value === undefined || file.value === null || String(file.value) === ""
        ? String(
            unified()
              .use(remarkGfm)
              .use(remarkFrontmatter, ["yaml", "toml"])
              .use(remarkStringify)
              .stringify(tree),
          )
        : String(file.value);
    const parsed = parseTextSync(source, {
      ...(file.path ? { path: file.path } : {}),
      input: "markdown",
    });
    if (!parsed) return;
    file.data.postmortem = parsed.incident;
    for (const message of parsed.file.messages) file.messages.push(message);
  };
}

/**
 * A frozen processor that parses Markdown as post-mortems are written (GFM tables and task
 * lists, YAML or TOML front matter), reads the post-mortem, and writes the Markdown back out:
 * `(await postmortemProcessor.process(text)).data.postmortem`.
 */
export const postmortemProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ["yaml", "toml"])
  .use(remarkPostmortem)
  .use(remarkStringify)
  .freeze();
