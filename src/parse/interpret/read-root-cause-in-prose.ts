import { pushAll } from "../../util/push-all.js";
import type { Reading } from "./reading.js";

/**
 * A root cause given inline ("... Reason: a power failure in one of the UPS systems."), and a
 * "What happened" section, which is the root cause when none is given and else part of the summary.
 */
export function readRootCauseInProse(r: Reading): void {
  const { prose } = r;
  if (!prose.has("rootCause")) {
    for (const key of ["summary", "whatHappened"]) {
      const p = prose.get(key);
      const text = p?.parts.join("\n\n") ?? "";
      const m = /(?:^|[.!?]\s+)(?:reason|root cause|cause)\s*:\s*(\S[^\n]*)/i.exec(text);
      if (m && p) {
        prose.set("rootCause", { parts: [m[1]!.trim()], range: p.range });
        r.warn('Read the root cause from the inline "Reason:"', p.range);
        break;
      }
    }
  }
  const happened = prose.get("whatHappened");
  if (!happened) return;
  prose.delete("whatHappened");
  const target = prose.has("rootCause") ? "summary" : "rootCause";
  const existing = prose.get(target);
  if (existing) pushAll(existing.parts, happened.parts);
  else prose.set(target, happened);
}
