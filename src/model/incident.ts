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
