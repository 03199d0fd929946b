/**
 * Appends every item to the array. `target.push(...items)` passes each item as an argument and
 * overflows the stack past about 100,000 of them, which a hostile document reaches easily.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
