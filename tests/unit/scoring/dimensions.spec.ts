import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

function score(
  instrument: ReturnType<typeof testInstrument>,
  table: Record<string, readonly (number | null | undefined)[]>,
  consensus: { item: string; value: number }[] = [],
) {
  return scoreAudit(instrument, answersFrom(table, { consensus }));
}

describe('dimension scores', () => {
  const instrument = testInstrument({ dimensions: [4] });

  it('averages the team values of answered items and converts to percent', () => {
    // team values 4, 3 (consensus over mean 5), 2.5; score = 9.5 / 3; percent = (score - 1) / 4 * 100
    const d = score(instrument, { 'd1-1': [4, 4], 'd1-2': [5, 5], 'd1-3': [2, 3] }, [
      { item: 'd1-2', value: 3 },
    ]).dimensions[0];
    expect(d?.score).toBeCloseTo(9.5 / 3, 12);
    expect(d?.percent).toBeCloseTo(((9.5 / 3 - 1) / 4) * 100, 10);
    expect(d?.coverage).toBe(0.75);
    expect(d?.insufficient).toBe(false);
  });

  it('keeps a dimension with coverage exactly 0.5 and flags one below it as insufficient', () => {
    expect(score(instrument, { 'd1-1': [5], 'd1-2': [5] }).dimensions[0]).toMatchObject({
      coverage: 0.5,
      insufficient: false,
    });
    expect(score(instrument, { 'd1-1': [5], 'd1-2': [null] }).dimensions[0]).toMatchObject({
      coverage: 0.25,
      insufficient: true,
      percent: 100,
    });
  });

  it('reaches coverage 0.5 on an odd count only with more than half answered', () => {
    const odd = testInstrument({ dimensions: [5] });
    expect(score(odd, { 'd1-1': [3], 'd1-2': [3] }).dimensions[0]?.insufficient).toBe(true);
    expect(score(odd, { 'd1-1': [3], 'd1-2': [3], 'd1-3': [3] }).dimensions[0]?.insufficient).toBe(false);
  });

  it('has no score and coverage 0 when nothing is answered', () => {
    expect(score(instrument, {}).dimensions[0]).toMatchObject({
      score: null,
      percent: null,
      coverage: 0,
      insufficient: true,
      alignment: null,
    });
  });

  it('averages sd over items with at least two answers for alignment', () => {
    // d1-1 [1,3] sd 1; d1-2 [2,2] sd 0; d1-3 [4] n = 1 ignored → alignment 0.5
    expect(score(instrument, { 'd1-1': [1, 3], 'd1-2': [2, 2], 'd1-3': [4] }).dimensions[0]?.alignment).toBe(
      0.5,
    );
  });

  it('gives exactly 40 % for a mean of 2.6, which is Emerging', () => {
    const one = testInstrument({ dimensions: [1] });
    const results = score(one, { 'd1-1': [2, 3, 3, 2, 3] });
    expect(results.dimensions[0]?.percent).toBeCloseTo(40, 10);
    expect(results.levelFromIndex).toBe('Emerging');
  });
});

describe('readiness index', () => {
  it('is the weighted mean of the sufficient dimensions, leaving insufficient ones out', () => {
    const instrument = testInstrument({ dimensions: [{ items: 2, weight: 1 }, { items: 2, weight: 3 }, 4] });
    // d1 all 5 → 100 %; d2 all 3 → 50 %; d3 one of four answered → insufficient
    const results = score(instrument, { 'd1-1': [5], 'd1-2': [5], 'd2-1': [3], 'd2-2': [3], 'd3-1': [1] });
    expect(results.dimensions.map((d) => d.insufficient)).toEqual([false, false, true]);
    expect(results.index).toBeCloseTo((100 * 1 + 50 * 3) / 4, 12);
  });

  it('is absent, with no level and no caps, when no dimension is sufficient', () => {
    const instrument = testInstrument({ dimensions: [4, 4], signs: 1 });
    const results = score(instrument, { 'd1-1': [5], s1: [3] });
    expect(results).toMatchObject({ index: null, level: null, levelFromIndex: null, caps: [] });
  });

  it('is absent when every answer is "Not sure"', () => {
    const instrument = testInstrument({ dimensions: [2] });
    expect(score(instrument, { 'd1-1': [null, null], 'd1-2': [null] }).index).toBeNull();
  });
});
