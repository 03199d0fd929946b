#!/usr/bin/env node
import { createRequire } from "node:module";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };
const args = process.argv.slice(2);
// Scripts ask for the version often; it is answered before commander and the commands load.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v"))
  process.stdout.write(`${version}\n`);
else await (await import("./program.js")).run(process.argv, version);
