import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

// Node's CommonJS wrapper, on the program's first line so its line numbers stay those of the
// file (and of its source map).
const HEAD = "(function (exports, require, module, __filename, __dirname) {";
const TAIL = "\n})";

type ModuleFunction = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

/**
 * The bundled command line (`dist/bin/cli.js`, a CommonJS script) compiled as Node would compile
 * the file, from V8's code cache when one is given and V8 accepts it (same V8, same flags, same
 * source), from the source otherwise.
 */
export function compileProgram(file: string, source: string, cachedData?: Buffer): Script {
  return new Script(HEAD + source + TAIL, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Runs a compiled program as the module `file` would run. */
export function runProgram(script: Script, file: string): void {
  const module = { exports: {} };
  const start = script.runInThisContext() as ModuleFunction;
  start.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}
