// Every runtime dependency is used by the code that ships, and everything it imports is a
// runtime dependency: a package only the tests or scripts need stays a devDependency.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtinModules } from "node:module";
import { root } from "./helpers.js";

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory()
      ? files(p)
      : /\.(?:ts|cjs|mjs|js)$/.test(f) && !f.endsWith(".d.ts")
        ? [p]
        : [];
  });
}

/** The package a specifier names: `ajv/dist/2020.js` is ajv, `@clack/prompts` itself. */
const packageOf = (spec) =>
  spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];

test("dependencies: what src/ imports at run time is a dependency, and every dependency is imported by src/", () => {
  const runtime = new Set();
  const any = new Set();
  // Imports that stay in the build, and every import (types too: a type the published
  // declarations use, such as VFileMessage, needs its package installed).
  const RUNTIME =
    /(?:\bimport\s(?!\s*type\b)[^;'"]*?\bfrom\s+|\bexport\s(?!\s*type\b)[^;'"]*?\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)["']([^"'.][^"']*)["']/gm;
  const ANY = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)["']([^"'.][^"']*)["']/gm;
  const external = (spec) => {
    const name = packageOf(spec);
    return name.startsWith("node:") || builtinModules.includes(name) ? undefined : name;
  };
  for (const file of files(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(RUNTIME)) if (external(m[1])) runtime.add(external(m[1]));
    for (const m of text.matchAll(ANY)) if (external(m[1])) any.add(external(m[1]));
  }
  const declared = Object.keys(
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies,
  );
  assert.deepEqual(
    [...runtime].filter((n) => !declared.includes(n)),
    [],
    "imported at run time but not a dependency",
  );
  assert.deepEqual(
    declared.filter((n) => !any.has(n)),
    [],
    "a dependency src/ never imports",
  );
});
