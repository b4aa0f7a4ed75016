import type { Instrument } from '../instrument/types.ts';
import { atLeast, mean } from './numbers.ts';
import type { DimensionResult, ItemResult } from './results.ts';

/** Coverage below this leaves a dimension insufficient and out of the index. */
export const MIN_COVERAGE = 0.5;

/** Score, percent, coverage and alignment of each dimension (scoring.md, "Dimension scores"). */
export function scoreDimensions(
  instrument: Instrument,
  items: ReadonlyMap<string, ItemResult>,
): DimensionResult[] {
  return instrument.dimensions.map((dimension) => {
    const results = dimension.items.flatMap((s) => items.get(s.id) ?? []);
    const teamValues = results.flatMap((r) => (r.value === null ? [] : [r.value]));
    const coverage = dimension.items.length > 0 ? teamValues.length / dimension.items.length : 0;
    const score = mean(teamValues) ?? null;
    const sds = results.flatMap((r) => (r.n >= 2 && r.sd !== null ? [r.sd] : []));
    return {
      id: dimension.id,
      name: dimension.name,
      weight: dimension.weight,
      score,
      percent: score === null ? null : ((score - 1) / 4) * 100,
      coverage,
      insufficient: !atLeast(coverage, MIN_COVERAGE),
      alignment: mean(sds) ?? null,
    };
  });
}
