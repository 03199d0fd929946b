import type { Range } from "../load/positions.js";

// What the reader learns about a document beyond the incident itself, kept on the VFile as
// unified plugins keep theirs (`file.data`), for lint rules to read.
declare module "vfile" {
  interface DataMap {
    /**
     * The zones the timeline's times are written in, as the document states them (a stamp's
     * own zone, the timeline heading's, a note such as "All times in CEST"); empty when it
     * states none. The incident's `timezone` may differ: our own Markdown names the source zone
     * in its metadata and writes the timeline in UTC.
     */
    timelineZones: string[];
    /**
     * Timeline entries whose wall time falls in a daylight-saving gap or overlap, so their UTC
     * time is a guess: by index in the timeline, with the reader's explanation.
     */
    guessedTimes: Array<{ index: number; message: string }>;
    /**
     * Sections the reader knew by their heading for a field but found nothing in that the field
     * holds (a "Prevention" section of prose, no items): the field is empty, yet not missing.
     */
    unlistedSections: Array<{ field: string; label: string; range: Range }>;
  }
}

export {};
