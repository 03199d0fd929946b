/**
 * stdout is the data: a reader that goes away (`| head`) ends the run as a normal end would; a
 * write that fails (a full disk) must not pass for success. Node makes process.stdout on first
 * use, which costs a cold start milliseconds, and a lint that reports on stderr never uses it:
 * the handler is attached when it is made.
 */
export function guardStdout(): void {
  const made = Object.getOwnPropertyDescriptor(process, "stdout");
  if (!made?.get || !made.configurable) {
    onWriteError(process.stdout);
    return;
  }
  const make = made.get.bind(process) as () => NodeJS.WriteStream;
  Object.defineProperty(process, "stdout", {
    configurable: true,
    enumerable: made.enumerable ?? true,
    get(): NodeJS.WriteStream {
      const stream = make();
      Object.defineProperty(process, "stdout", {
        configurable: true,
        enumerable: made.enumerable ?? true,
        get: () => stream,
      });
      onWriteError(stream);
      return stream;
    },
  });
}

function onWriteError(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE")
      process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    process.stderr.write(`postmortem: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(2);
  });
}
