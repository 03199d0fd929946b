#!/usr/bin/env node
// Runs after tsc: tsc does not emit JavaScript files it only sees through their .d.cts, so the
// generated CommonJS validators are copied into dist here.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function copyGenerated(dir) {
  for (const entry of readdirSync(join(root, "src", dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) copyGenerated(rel);
    else if (/\.(?:cjs|d\.cts)$/.test(entry.name)) {
      mkdirSync(join(root, "dist", dir), { recursive: true });
      cpSync(join(root, "src", rel), join(root, "dist", rel));
    }
  }
}
copyGenerated("");

// The shipped templates are precompiled so that rendering loads only the Handlebars runtime.
const { default: Handlebars } = await import("handlebars");
const { COMPILE_OPTIONS } = await import(join(root, "dist/render/templates.js"));
const spec = (file) => Handlebars.precompile(readFileSync(file, "utf8"), COMPILE_OPTIONS);
const entries = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".hbs"))
    .sort()
    .map((f) => `  ${JSON.stringify(f.replace(/\.hbs$/, ""))}: ${spec(join(dir, f))},`)
    .join("\n");
writeFileSync(
  join(root, "dist/render/precompiled-templates.js"),
  `// Precompiled from templates/ by scripts/build-assets.mjs.\nexport const templates = {\n${entries(join(root, "templates"))}\n};\nexport const partials = {\n${entries(join(root, "templates/partials"))}\n};\n`,
);
