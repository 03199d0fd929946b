#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileProgram, runProgram } from "./program-script.js";
import { guardStdout } from "./stdout-guard.js";
import { asksVersion, packageVersion } from "./version.js";

// The package's command: dist/bin/postmortem.js. Most of a cold start is V8 compiling the
// program; the build runs the program once (a lint of a Markdown draft) and keeps what V8
// compiled, which this start reads back instead. V8 checks that the cache fits (its version, its
// flags, the source); when it does not, it compiles from the source as it always would. The
// cache is written by the build only, into the package, never at run time.
declare const CODE_CACHE: string | undefined;

const here = dirname(fileURLToPath(import.meta.url));
const program = join(here, "cli.js");

function codeCache(): Buffer | undefined {
  if (typeof CODE_CACHE !== "string") return undefined;
  try {
    return readFileSync(join(here, CODE_CACHE));
  } catch {
    return undefined;
  }
}

if (asksVersion(process.argv.slice(2))) {
  guardStdout();
  process.stdout.write(`${packageVersion()}\n`);
}
// Source-mapped stack traces and coverage follow files that Node's own loader read.
else if (process.sourceMapsEnabled || process.env.NODE_V8_COVERAGE)
  createRequire(import.meta.url)(program);
// The build makes cli.js ASCII only: latin1 is the cheapest exact reading.
else runProgram(compileProgram(program, readFileSync(program, "latin1"), codeCache()), program);
