/**
 * How a long-tailed set of durations is told: its spread, never a lone average. Fewer than
 * `MIN_SUMMARISED` values are listed as they are; quartiles of three values mislead.
 */
export const MIN_SUMMARISED = 5;

export interface Summary {
  /** How many values there are. */
  n: number;
  /** The values themselves, sorted, when there are too few to summarise. */
  values?: number[];
  min?: number;
  p25?: number;
  median?: number;
  p75?: number;
  p90?: number;
  max?: number;
  /** Only for machine readers (JSON): a mean of a long tail is mostly its tail. */
  mean?: number;
}

/** Quantile by linear interpolation between order statistics (Hyndman and Fan type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Rounds to a tenth, so output stays short and the same on every machine. */
const tenth = (x: number): number => Math.round(x * 10) / 10;

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < MIN_SUMMARISED) return { n: sorted.length, values: sorted };
  return {
    n: sorted.length,
    min: sorted[0]!,
    p25: tenth(quantile(sorted, 0.25)),
    median: tenth(quantile(sorted, 0.5)),
    p75: tenth(quantile(sorted, 0.75)),
    p90: tenth(quantile(sorted, 0.9)),
    max: sorted[sorted.length - 1]!,
    mean: tenth(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}
