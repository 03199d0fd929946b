#!/usr/bin/env node
// node scripts/code-cache.mjs <program> <cache file> <command line...>
// Runs the bundled program with the command line given, as the package's bin runs it, and at
// exit writes the code V8 compiled for it to the cache file (scripts/bundle.mjs calls this).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileProgram, runProgram } from "../dist/cli/program-script.js";

const [given, cacheFile, ...commandLine] = process.argv.slice(2);
if (!given || !cacheFile) throw new Error("usage: code-cache.mjs <program> <cache file> ...");
const program = resolve(given);
const script = compileProgram(program, readFileSync(program, "utf8"));
process.argv = [process.argv[0], program, ...commandLine];
process.on("exit", () => {
  writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
  renameSync(`${cacheFile}.tmp`, cacheFile);
});
runProgram(script, program);
