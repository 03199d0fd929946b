import { stringify } from "yaml";
import { GUIDANCE } from "../model/guidance.js";
import { SCHEMA_ID } from "../model/schema.js";
import type { Incident } from "../model/incident.js";
import { slugify } from "./slug.js";

export interface ScaffoldAnswers {
  title: string;
  /** YYYY-MM-DD, UTC. */
  date: string;
  severity?: string | undefined;
  participants?: string[] | undefined;
}

/**
 * A draft incident with guidance text in every section to fill. The guidance starts with
 * "TODO:", so `lint` lists each one as a placeholder until it is replaced, and nothing else.
 */
export function scaffoldIncident(answers: ScaffoldAnswers): Incident {
  const at = (hhmm: string): string => `${answers.date}T${hhmm}:00Z`;
  return {
    title: answers.title,
    date: answers.date,
    status: "draft",
    ...(answers.severity ? { severity: answers.severity } : {}),
    timezone: "UTC",
    participants: answers.participants?.length ? answers.participants : ["TODO: who took part"],
    summary: GUIDANCE.summary,
    impact: GUIDANCE.impact,
    detection: GUIDANCE.detection,
    trigger: GUIDANCE.trigger,
    rootCause: GUIDANCE.rootCause,
    resolution: GUIDANCE.resolution,
    timeline: [
      { time: at("00:00"), event: "TODO: When the problem started.", kind: "start" },
      { time: at("00:01"), event: "TODO: When it was noticed, and how.", kind: "detected" },
      { time: at("00:02"), event: "TODO: When it was resolved.", kind: "resolved" },
    ],
    wentWell: [GUIDANCE.wentWell],
    wentBad: [GUIDANCE.wentBad],
    lucky: [GUIDANCE.lucky],
    actionItems: [
      { description: GUIDANCE.actionItem, owner: "TODO", ticket: "TODO", status: "open" },
    ],
  };
}

/** The draft as YAML with `$schema`, so editors that know JSON Schema complete and check it. */
export function scaffoldYaml(incident: Incident): string {
  return stringify({ $schema: SCHEMA_ID, ...incident }, { lineWidth: 100 });
}

export function scaffoldFileName(answers: ScaffoldAnswers, format: "yaml" | "markdown"): string {
  return `${answers.date}-${slugify(answers.title)}.${format === "yaml" ? "yaml" : "md"}`;
}
