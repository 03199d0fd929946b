#!/usr/bin/env node
// Regenerates everything derived from the JSON Schema: TypeScript types and the precompiled Ajv
// validator. `--check` compares instead of writing, so a test can fail when the committed output
// is stale.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { compile } from "json-schema-to-typescript";
import Ajv from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const schema = JSON.parse(readFileSync(join(root, "schemas/postmortem.schema.json"), "utf8"));

const outputs = new Map();

const banner =
  "// Generated from schemas/postmortem.schema.json by scripts/generate.mjs. Do not edit.\n";
let types = await compile(schema, "Incident", {
  bannerComment: banner.trim(),
  additionalProperties: false,
  unreachableDefinitions: false,
  style: { singleQuote: false },
  format: true,
});
// Extension keys are `x-` only: a template-literal index signature keeps typos in real keys a
// compile error instead of widening the whole object to `unknown`.
types = types.replace(/\[k: string\]:.*?\| undefined;/s, "[k: `x-${string}`]: unknown;");
outputs.set("src/model/incident.generated.ts", types);

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  code: { source: true, esm: false, lines: true },
});
addFormats(ajv);
const validate = ajv.compile(schema);
outputs.set(
  "src/validate/generated/incident-validator.cjs",
  banner + standaloneCode(ajv, validate),
);

outputs.set(
  "src/validate/generated/incident-validator.d.cts",
  banner +
    `import type { ErrorObject } from "ajv";
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: ValidateFunction;
export = validate;
`,
);

let stale = [];
for (const [rel, text] of outputs) {
  const file = join(root, rel);
  if (check) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) stale.push(rel);
  } else {
    writeFileSync(file, text);
  }
}
if (stale.length) {
  console.error(`stale generated files (run npm run generate): ${stale.join(", ")}`);
  process.exit(1);
}
