import { splitLabelledItems } from "./labelled-items.js";
import { Reading, type InterpretInput, type Interpretation } from "./interpret/reading.js";
import { readFrontMatter } from "./interpret/read-front-matter.js";
import { readTitle } from "./interpret/read-title.js";
import { readMetadataList } from "./interpret/read-metadata-list.js";
import { readSections } from "./interpret/read-sections.js";
import { readPool } from "./interpret/read-pool.js";
import { readStatusUpdates } from "./interpret/read-status-updates.js";
import { readRootCauseInProse } from "./interpret/read-root-cause-in-prose.js";
import { decideDate } from "./interpret/decide-date.js";
import { writeDateAndTimeline } from "./interpret/write-timeline.js";
import { writeFields } from "./interpret/write-fields.js";

export type { InterpretInput, Interpretation } from "./interpret/reading.js";

/**
 * Reads the model out of an outline: sections by meaning, unlabelled text by position (the
 * way a reader of the Gluster template does), timelines in every common shape, and everything
 * that fits no field into `notes`, each with a warning that says where it came from. Each stage
 * reads into one shared `Reading`; the order matters, as later stages look at what earlier ones
 * found (a title date is only taken when no field gave one).
 */
export function interpret(input: InterpretInput): Interpretation {
  const r = new Reading(input);
  readFrontMatter(r);
  readTitle(r);
  readMetadataList(r);
  r.sections = splitLabelledItems(r.sections);
  readSections(r);
  readPool(r);
  readStatusUpdates(r);
  readRootCauseInProse(r);
  decideDate(r);
  writeDateAndTimeline(r);
  return { incident: writeFields(r), positions: r.positions };
}
