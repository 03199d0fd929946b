/** One real problem with incident data, in words a person understands. */
export interface SchemaError {
  /** JSON Pointer to the value at fault (`/timeline/2/time`). */
  pointer: string;
  /** Whether the problem is best shown at the key (unknown property) or the value. */
  at: "key" | "value";
  message: string;
  /** The schema keyword behind it, for tools. */
  keyword: string;
}
