// The incident model. Types come from the JSON Schema (see incident.generated.ts); this file
// only gives them the names the rest of the code uses.
export type {
  IncidentPostMortem as Incident,
  Person,
  TimelineEntry,
  ActionItem,
  Link,
  Kind as TimelineKind,
  Status as IncidentStatus,
  Status1 as ActionItemStatus,
  Type as ActionItemType,
} from "./incident.generated.js";

import type { IncidentPostMortem } from "./incident.generated.js";

/**
 * An incident that may lack its title or date, as a post-mortem read back from an archive can:
 * it still renders, with the gap shown, so `parse` then `render` works on every document.
 */
export type IncidentDraft = Omit<IncidentPostMortem, "title" | "date"> &
  Partial<Pick<IncidentPostMortem, "title" | "date">>;
