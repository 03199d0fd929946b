import { guardStdout } from "./stdout-guard.js";
import { asksVersion, packageVersion } from "./version.js";

guardStdout();
const version = packageVersion();
if (asksVersion(process.argv.slice(2))) process.stdout.write(`${version}\n`);
// Not a top-level await: the bundle is a CommonJS script (see src/cli/launcher.ts).
else void import("./program.js").then((m) => m.run(process.argv, version));
