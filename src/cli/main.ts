#!/usr/bin/env node
import { createRequire } from "node:module";

// stdout is the data: a reader that goes away (`| head`) ends the run as a normal end would; a
// write that fails (a full disk) must not pass for success.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE")
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  process.stderr.write(`postmortem: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };
const args = process.argv.slice(2);
// Scripts ask for the version often; it is answered before commander and the commands load.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v"))
  process.stdout.write(`${version}\n`);
else await (await import("./program.js")).run(process.argv, version);
