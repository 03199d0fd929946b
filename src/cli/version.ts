import { createRequire } from "node:module";

// The bundler writes the version in (scripts/bundle.mjs): reading package.json costs a cold
// start the CommonJS loader. The unbundled build reads it.
declare const POSTMORTEM_VERSION: string | undefined;

/** The package's version. */
export function packageVersion(): string {
  if (typeof POSTMORTEM_VERSION === "string") return POSTMORTEM_VERSION;
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

/** `--version` (or `-v`) alone: scripts ask often, so it is answered before anything else loads. */
export function asksVersion(args: readonly string[]): boolean {
  return args.length === 1 && (args[0] === "--version" || args[0] === "-v");
}
