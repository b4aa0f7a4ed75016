import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

/** Ten items: 8 statements in two dimensions, one sign, one commitment item. */
const instrument = testInstrument({ dimensions: [4, 4], signs: 1, commitment: 1 });
const ITEMS = ['d1-1', 'd1-2', 'd1-3', 'd1-4', 'd2-1', 'd2-2', 'd2-3', 'd2-4', 's1', 'c1'];

/** A table where participant k answers the first `counts[k]` items (a 3, or Not sure when asked). */
function sheet(counts: readonly number[], unsure = false) {
  const table: Record<string, (number | null | undefined)[]> = {};
  ITEMS.forEach((item, i) => {
    table[item] = counts.map((count) =>
      i < count ? (unsure ? null : item.startsWith('d') ? 3 : 1) : undefined,
    );
  });
  return table;
}

describe('completeness (docs/spec/scoring.md, "Completeness")', () => {
  it('is answers given over participants × items, counting Not sure as given', () => {
    const results = scoreAudit(instrument, answersFrom(sheet([10, 10, 7], true)));
    expect(results.completeness).toBeCloseTo(27 / 30, 12);
    expect(results.incomplete).toEqual(['p3']);
  });

  it('is provisional below 0.9 and not at exactly 0.9', () => {
    expect(scoreAudit(instrument, answersFrom(sheet([10, 10, 7]))).provisional).toBe(false); // 27/30 = 0.9
    expect(scoreAudit(instrument, answersFrom(sheet([10, 10, 6]))).provisional).toBe(true); // 26/30
  });

  it('is provisional when one participant answered fewer than half the items, whatever the total', () => {
    const many = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 4];
    const results = scoreAudit(instrument, answersFrom(sheet(many)));
    expect(results.completeness).toBeGreaterThan(0.9);
    expect(results).toMatchObject({ provisional: true, incomplete: ['p20'] });
    const half = [...many.slice(0, -1), 5];
    expect(scoreAudit(instrument, answersFrom(sheet(half))).provisional).toBe(false);
  });

  it('counts a listed participant with no answers at all', () => {
    const answers = { ...answersFrom(sheet([10])), participants: ['p1', 'p2'] };
    expect(scoreAudit(instrument, answers)).toMatchObject({
      completeness: 0.5,
      provisional: true,
      incomplete: ['p2'],
    });
  });

  it('is complete, not provisional and names nobody when every item is answered', () => {
    expect(scoreAudit(instrument, answersFrom(sheet([10, 10])))).toMatchObject({
      completeness: 1,
      provisional: false,
      incomplete: [],
    });
  });

  it('is 0 and provisional with no participants', () => {
    expect(scoreAudit(instrument, answersFrom({}))).toMatchObject({
      completeness: 0,
      provisional: true,
      incomplete: [],
    });
  });

  it('leaves every number unchanged', () => {
    const full = scoreAudit(instrument, answersFrom(sheet([10, 10])));
    const withAbsent = scoreAudit(instrument, {
      ...answersFrom(sheet([10, 10])),
      participants: ['p1', 'p2', 'p3'],
    });
    expect({ ...withAbsent, completeness: 0, provisional: false, incomplete: [] }).toEqual({
      ...full,
      completeness: 0,
      provisional: false,
      incomplete: [],
    });
  });
});
