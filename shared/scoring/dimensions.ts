import type { Dimension, Instrument } from '../instrument/types.ts';
import { atLeast, mean, weightedMean } from './numbers.ts';
import type { DimensionFigures, DimensionResult, ItemResult } from './results.ts';

/** Coverage below this leaves a dimension insufficient and out of the index. */
export const MIN_COVERAGE = 0.5;

/**
 * Score, percent, coverage and sufficiency of one dimension from each statement's value
 * (null when unanswered): the team's values, or one group's (docs/spec/scoring.md, "Dimension scores").
 */
export function dimensionFigures(
  dimension: Dimension,
  valueOf: (statementId: string) => number | null,
): DimensionFigures {
  const values = dimension.items.flatMap((s) => {
    const value = valueOf(s.id);
    return value === null ? [] : [value];
  });
  const coverage = dimension.items.length > 0 ? values.length / dimension.items.length : 0;
  const score = mean(values) ?? null;
  return {
    score,
    percent: score === null ? null : ((score - 1) / 4) * 100,
    answered: values.length,
    coverage,
    insufficient: !atLeast(coverage, MIN_COVERAGE),
  };
}

/** The weighted mean percent of the sufficient dimensions (docs/spec/scoring.md, "Readiness index"); null with none. */
export function readinessIndex(
  dimensions: readonly { readonly percent: number | null; readonly insufficient: boolean }[],
  weights: readonly number[],
): number | null {
  const pairs = dimensions.flatMap((d, i) =>
    d.insufficient || d.percent === null ? [] : [[d.percent, weights[i] ?? 1] as const],
  );
  return weightedMean(pairs) ?? null;
}

/** Score, percent, coverage and alignment of each dimension (docs/spec/scoring.md, "Dimension scores"). */
export function scoreDimensions(
  instrument: Instrument,
  items: ReadonlyMap<string, ItemResult>,
): DimensionResult[] {
  return instrument.dimensions.map((dimension) => {
    const results = dimension.items.flatMap((s) => items.get(s.id) ?? []);
    const sds = results.flatMap((r) => (r.n >= 2 && r.sd !== null ? [r.sd] : []));
    return {
      id: dimension.id,
      name: dimension.name,
      weight: dimension.weight,
      ...dimensionFigures(dimension, (id) => items.get(id)?.value ?? null),
      alignment: mean(sds) ?? null,
    };
  });
}
