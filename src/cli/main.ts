#!/usr/bin/env node
import { guardStdout } from "./stdout-guard.js";
import { packageVersion } from "./version.js";

guardStdout();
const version = packageVersion();
const args = process.argv.slice(2);
// Scripts ask for the version often; it is answered before commander and the commands load.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v"))
  process.stdout.write(`${version}\n`);
else await (await import("./program.js")).run(process.argv, version);
