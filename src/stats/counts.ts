import type { Counts } from "./report.js";

/** Counts with sorted keys, so the same data always prints the same way. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined | null,
): Counts {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
