import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { expandInputs } from "../load/expand-inputs.js";
import { lintFile, type LintedFile, type LintFileOptions } from "./lint-file.js";

// Below this many files, starting workers (each loads the parser and the rules) costs more
// than it saves.
const MIN_FOR_WORKERS = 200;
// Jobs in flight per worker: enough to keep it busy, few enough to keep memory flat.
const IN_FLIGHT = 4;

export interface LintFilesResult {
  ignored: string[];
  outcomes: AsyncGenerator<LintedFile>;
}

/**
 * Reads and lints the files a command line names, in order. A large set is spread over worker
 * threads, one per core; results still come back in file order, so output does not depend on
 * timing.
 */
export async function lintFiles(
  paths: readonly string[],
  options: LintFileOptions,
): Promise<LintFilesResult> {
  const { files, ignored } = await expandInputs(paths);
  const threads = Math.min(availableParallelism(), 8);
  const parallel =
    threads > 1 && files.length >= MIN_FOR_WORKERS && !files.some((f) => f.path === "-");
  return {
    ignored,
    outcomes: parallel ? onWorkers(files, options, threads) : inOrder(files, options),
  };
}

async function* inOrder(
  files: ReadonlyArray<{ path: string; found: boolean }>,
  options: LintFileOptions,
): AsyncGenerator<LintedFile> {
  for (const f of files) yield await lintFile(f.path, f.found, options);
}

async function* onWorkers(
  files: ReadonlyArray<{ path: string; found: boolean }>,
  options: LintFileOptions,
  threads: number,
): AsyncGenerator<LintedFile> {
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL("./lint-worker.js", import.meta.url), { workerData: options }),
  );
  const done = new Map<number, LintedFile>();
  const waiting = new Map<number, (o: LintedFile) => void>();
  let failure: Error | undefined;
  let next = 0;
  const send = (w: Worker): void => {
    if (next >= files.length) return;
    const index = next++;
    w.postMessage({ index, path: files[index]!.path, found: files[index]!.found });
  };
  for (const w of workers) {
    w.on("message", (m: { index: number; outcome?: LintedFile; crash?: string }) => {
      if (m.crash) failure ??= new Error(m.crash);
      const outcome = m.outcome ?? { kind: "skipped", path: files[m.index]!.path };
      const resolve = waiting.get(m.index);
      if (resolve) {
        waiting.delete(m.index);
        resolve(outcome);
      } else done.set(m.index, outcome);
      send(w);
    });
    // A worker that dies takes its jobs with it: stop waiting, and fail.
    const stop = (e: Error): void => {
      failure ??= e;
      for (const [i, resolve] of waiting) resolve({ kind: "skipped", path: files[i]!.path });
      waiting.clear();
    };
    w.on("error", stop);
    w.on("exit", (code) => {
      if (code !== 0 && next <= files.length)
        stop(new Error(`a lint worker stopped (exit code ${code})`));
    });
    for (let k = 0; k < IN_FLIGHT; k++) send(w);
  }
  try {
    for (let i = 0; i < files.length; i++) {
      const outcome =
        done.get(i) ?? (await new Promise<LintedFile>((resolve) => waiting.set(i, resolve)));
      done.delete(i);
      if (failure) throw failure;
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
