// Keeps the Examples section of every docs/rules/<id>.md equal to the rule's fixtures in
// test/fixtures/lint/<id>/, so the examples a reader sees are the ones the tests run.
// `node scripts/rule-docs.mjs` rewrites; `--check` exits 1 when a doc is out of date.
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const START = "<!-- examples:start (generated from the fixtures; do not edit) -->";
const END = "<!-- examples:end -->";
const LANG = { md: "markdown", txt: "text", yaml: "yaml", yml: "yaml", json: "json", eml: "text" };

let stale = 0;
for (const id of readdirSync(join(root, "test/fixtures/lint")).sort()) {
  const doc = join(root, "docs/rules", `${id}.md`);
  if (!existsSync(doc)) {
    console.error(`docs/rules/${id}.md is missing`);
    stale++;
    continue;
  }
  const dir = join(root, "test/fixtures/lint", id);
  const parts = [];
  for (const name of readdirSync(dir).sort((a, b) =>
    a.startsWith("invalid") === b.startsWith("invalid")
      ? a.localeCompare(b)
      : a.startsWith("invalid")
        ? -1
        : 1,
  )) {
    const heading = name.startsWith("invalid")
      ? "Reported"
      : name.startsWith("valid")
        ? "Not reported"
        : `Also (\`${name}\`)`;
    // A folder is documents linted together (for rules that compare them): each file in turn.
    const set = statSync(join(dir, name)).isDirectory();
    const files = set
      ? readdirSync(join(dir, name))
          .sort()
          .map((f) => `${name}/${f}`)
      : [name];
    const blocks = files.map((file) => {
      const ext = file.split(".").pop();
      const text = readFileSync(join(dir, file), "utf8");
      const fence = text.includes("```") ? "````" : "```";
      return `[\`test/fixtures/lint/${id}/${file}\`](../../test/fixtures/lint/${id}/${file})\n\n${fence}${LANG[ext] ?? "text"}\n${text.trimEnd()}\n${fence}`;
    });
    parts.push(
      `### ${heading}${set ? ` (the files of \`${name}/\`, linted together)` : ""}\n\n${blocks.join("\n\n")}`,
    );
  }
  const examples = `${START}\n\n## Examples\n\n${parts.join("\n\n")}\n\n${END}`;
  const current = readFileSync(doc, "utf8");
  const next = current.includes(START)
    ? current.slice(0, current.indexOf(START)) +
      examples +
      current.slice(current.indexOf(END) + END.length)
    : `${current.trimEnd()}\n\n${examples}\n`;
  if (next !== current) {
    stale++;
    if (check)
      console.error(
        `docs/rules/${id}.md: examples differ from the fixtures; run node scripts/rule-docs.mjs`,
      );
    else writeFileSync(doc, next);
  }
}
if (check && stale) process.exit(1);
