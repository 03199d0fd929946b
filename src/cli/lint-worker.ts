// A worker thread of `lintFiles`: reads and lints the files it is sent, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { lintFile, type LintFileOptions } from "./lint-file.js";

const options = workerData as LintFileOptions;
parentPort!.on("message", (job: { index: number; path: string; found: boolean }) => {
  void lintFile(job.path, job.found, options).then(
    (outcome) => parentPort!.postMessage({ index: job.index, outcome }),
    (error: unknown) =>
      parentPort!.postMessage({
        index: job.index,
        crash: String((error as Error)?.stack ?? error),
      }),
  );
});
