import { VFile } from "vfile";
import { loadIncident } from "../load/load-incident.js";
import { report } from "../diagnostics/report.js";
import { validateIncident } from "../validate/validate-incident.js";
import type { IncidentDraft } from "../model/incident.js";
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
  const draft = loaded.incident ? undefined : asDraft(loaded.data);
  const incident: IncidentDraft | undefined = loaded.incident ?? draft?.incident;
  if (!incident) {
    printDiagnostics([loaded.file]);
    process.exitCode = EXIT.problems;
    return;
  }
  if (draft) {
    const file = new VFile({ path: loaded.file.path });
    for (const field of draft.missing)
      report(file, `No ${field} in the data; the output says it is not known`, {
        ruleId: "render/missing-field",
        severity: "warning",
      });
    printDiagnostics([file]);
  }
  let date: Date | undefined;
  if (flags.mailDate) {
    date = new Date(flags.mailDate);
    if (Number.isNaN(date.getTime()))
      throw new UsageError(
        `--mail-date takes a date-time such as 2018-11-20T14:39:07Z, got "${flags.mailDate}"`,
      );
  }
  const body = await renderIncident(incident, {
    format: flags.format === "eml" ? "email" : flags.format,
    template: flags.template,
    partials: flags.partials,
    signature: flags.signature,
  });
  let text = body;
  if (flags.format === "eml") {
    const { buildEml } = await import("../render/eml.js");
    text = buildEml(incident, body, {
      from: flags.from ?? "",
      to: flags.to,
      cc: flags.cc,
      subject: flags.subject,
      inReplyTo: flags.inReplyTo,
      references: flags.references,
      date,
    });
  }
  await emit(text, flags.output, flags.force);
}

/**
 * Data that is valid but for a missing title or date (a post-mortem read back from an archive
 * that never stated them) still renders: everything else in it is worth having as Markdown.
 */
function asDraft(data: unknown): { incident: IncidentDraft; missing: string[] } | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const missing = ["title", "date"].filter((k) => record[k] === undefined);
  if (
    missing.length === 0 ||
    !validateIncident({ title: "-", date: "2000-01-01", ...record }).valid
  )
    return undefined;
  return { incident: record, missing };
}
