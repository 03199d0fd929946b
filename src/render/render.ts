import type { IncidentDraft as Incident } from "../model/incident.js";
import { buildViewModel } from "./view-model.js";
import { builtInRenderer, userRenderer, type TemplateName } from "./templates.js";
import { tidy } from "./tidy.js";
import { withMarkdownBudget } from "./markdown-text.js";

export interface RenderOptions {
  format?: TemplateName;
  /** A user template file used instead of the shipped one. */
  template?: string | undefined;
  /** A folder of `*.hbs` partials, overriding the shipped ones by name. */
  partials?: string | undefined;
  /** Mail only: text put after a `-- ` line. */
  signature?: string | undefined;
}

/** Renders a validated incident to Markdown or to a plain-text mail body. */
export async function renderIncident(
  incident: Incident,
  options: RenderOptions = {},
): Promise<string> {
  const format = options.format ?? "markdown";
  const render = options.template
    ? await userRenderer(options.template, options.partials)
    : await builtInRenderer(format);
  let text = tidy(withMarkdownBudget(() => render(buildViewModel(incident))));
  if (format === "markdown") text = compactEmptyCells(text);
  if (format === "email" && options.signature) text += `\n-- \n${tidy(options.signature)}`;
  return text;
}

/**
 * Templates write `| {{cell}} |`; an empty cell then has two spaces, which markdownlint's
 * table style rule (MD060) reads as padding. Collapse them to the compact `| |`.
 */
function compactEmptyCells(markdown: string): string {
  return markdown.replace(/^\|.*\|$/gm, (row) => {
    let out = row;
    for (let prev = ""; prev !== out;) {
      prev = out;
      out = out.replace(/(^|[^\\])\| {2}\|/g, "$1| |");
    }
    return out;
  });
}
