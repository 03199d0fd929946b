// One worker of `npm run bench`: parses its share of the corpus and reports when done.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parseDocument } from "../dist/parse/parse-document.js";

for (const path of workerData) await parseDocument(readFileSync(path, "utf8"), { path });
parentPort.postMessage("done");
