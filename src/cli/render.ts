import { loadIncident } from "../load/load-incident.js";
import { renderIncident } from "../render/render.js";
import { EXIT, emit, printDiagnostics, UsageError } from "./shared.js";

export interface RenderFlags {
  format: "markdown" | "email" | "eml";
  template?: string;
  partials?: string;
  output?: string;
  force?: boolean;
  signature?: string;
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  inReplyTo?: string;
  references?: string;
  mailDate?: string;
  maxBytes?: number;
}

export async function runRender(path: string, flags: RenderFlags): Promise<void> {
  const loaded = await loadIncident(path, flags.maxBytes ? { maxBytes: flags.maxBytes } : {});
  if (!loaded.incident) {
    printDiagnostics([loaded.file]);
    process.exitCode = EXIT.problems;
    return;
  }
  let date: Date | undefined;
  if (flags.mailDate) {
    date = new Date(flags.mailDate);
    if (Number.isNaN(date.getTime())) throw new UsageError(`--mail-date takes a date-time such as 2018-11-20T14:39:07Z, got "${flags.mailDate}"`);
  }
  const body = await renderIncident(loaded.incident, {
    format: flags.format === "eml" ? "email" : flags.format,
    template: flags.template,
    partials: flags.partials,
    signature: flags.signature,
  });
  let text = body;
  if (flags.format === "eml") {
    const { buildEml } = await import("../render/eml.js");
    text = buildEml(loaded.incident, body, { from: flags.from ?? "", to: flags.to, cc: flags.cc, subject: flags.subject, inReplyTo: flags.inReplyTo, references: flags.references, date });
  }
  await emit(text, flags.output, flags.force);
}
