/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine and locale, so output diffs
 * well, and no ICU collator to load (its first use costs milliseconds of a cold start).
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
