import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { relatedOf, severityOf, sortedMessages } from "../report.js";

export interface SarifRuleInfo {
  id: string;
  description: string;
  helpUri?: string;
  defaultLevel: "error" | "warning" | "note" | "none";
}

export interface SarifOptions {
  version: string;
  rules: readonly SarifRuleInfo[];
  /** Paths are written relative to this folder, as code scanning expects. */
  cwd?: string;
}

const level = (s: ReturnType<typeof severityOf>): "error" | "warning" | "note" =>
  s === "error" ? "error" : s === "warning" ? "warning" : "note";

/** SARIF 2.1.0, the format GitHub code scanning reads to show findings on a pull request. */
export function formatSarif(files: readonly VFile[], options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Messages from outside the rule set (schema, syntax) get a rule entry of their own.
  for (const file of files)
    for (const m of file.messages)
      if (m.ruleId && !index.has(m.ruleId)) {
        index.set(m.ruleId, rules.length);
        rules.push({
          id: m.ruleId,
          description: `Problem reported as ${m.ruleId}`,
          defaultLevel: "error",
        });
      }
  const results = files.flatMap((file) =>
    sortedMessages(file).map((m) => sarifResult(m, artifactOf(file.path, cwd), index)),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "postmortem",
            version: options.version,
            informationUri: "https://www.npmjs.com/package/postmortem",
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              defaultConfiguration: { level: r.defaultLevel },
            })),
          },
        },
        originalUriBaseIds: {
          "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith("/") ? cwd : `${cwd}/`).href },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function artifactOf(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith("<")) return { uri: path };
  return { uri: relative(cwd, path).split("\\").join("/"), uriBaseId: "%SRCROOT%" };
}

/** One finding: where it is, and the other place it points to (relatedLocations). */
function sarifResult(
  m: VFileMessage,
  artifactLocation: { uri: string; uriBaseId?: string },
  index: ReadonlyMap<string, number>,
): Record<string, unknown> {
  const end = m.place && "end" in m.place ? m.place.end : undefined;
  const region: Record<string, number> = { startLine: m.line ?? 1, startColumn: m.column ?? 1 };
  if (
    end &&
    end.line >= region.startLine! &&
    !(end.line === region.startLine && end.column < region.startColumn!)
  ) {
    region.endLine = end.line;
    region.endColumn = end.column;
  }
  const related = relatedOf(m);
  return {
    ruleId: m.ruleId ?? "postmortem",
    ...(m.ruleId && index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId)! } : {}),
    level: level(severityOf(m)),
    message: { text: m.reason },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    ...(related
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: related.message },
              physicalLocation: {
                artifactLocation,
                region: { startLine: related.line ?? 1, startColumn: related.column ?? 1 },
              },
            },
          ],
        }
      : {}),
  };
}
