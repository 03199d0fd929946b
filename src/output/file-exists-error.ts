/** Refusal to replace a file the user did not ask to overwrite. */
export class FileExistsError extends Error {
  override readonly name = "FileExistsError";
  constructor(readonly file: string) {
    super(`${file} already exists; pass --force to overwrite it`);
  }
}
