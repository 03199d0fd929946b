/** A user template that cannot compile or run: names the template, line and column. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
  constructor(
    readonly template: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}
