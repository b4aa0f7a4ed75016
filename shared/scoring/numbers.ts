/**
 * Number helpers shared by every scoring rule. docs/spec/scoring.md: every comparison with a
 * threshold is made on the value rounded to 6 decimal places, so floating-point noise
 * never moves a boundary; display rounding is to the nearest integer, halves away from zero.
 */

/** The value rounded to 6 decimal places, for threshold comparisons only. */
export function round6(value: number): number {
  return Math.sign(value) * (Math.round(Math.abs(value) * 1e6) / 1e6);
}

/** `value >= threshold`, compared at 6 decimal places. */
export function atLeast(value: number, threshold: number): boolean {
  return round6(value) >= threshold;
}

/** Rounds for display: nearest integer, halves away from zero (after removing float noise). */
export function roundForDisplay(value: number): number {
  const clean = round6(value);
  return Math.sign(clean) * Math.round(Math.abs(clean));
}

/** Arithmetic mean; undefined for an empty list. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population standard deviation (0 for a single value); undefined for an empty list. */
export function populationSd(values: readonly number[]): number | undefined {
  const m = mean(values);
  if (m === undefined) return undefined;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / values.length);
}

/** Weighted mean of `[value, weight]` pairs; undefined when the weights sum to zero. */
export function weightedMean(pairs: readonly (readonly [number, number])[]): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of pairs) {
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** A number for a sentence: `digits` decimals, trailing zeros dropped (2.50 → "2.5", 3.00 → "3"). */
export function formatNumber(value: number, digits: number): string {
  return String(Number(round6(value).toFixed(digits)));
}

/** `value <= threshold`, compared at 6 decimal places. */
export function atMost(value: number, threshold: number): boolean {
  return round6(value) <= threshold;
}

/** The usual median: the middle value, or the mean of the middle two for an even count; undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
