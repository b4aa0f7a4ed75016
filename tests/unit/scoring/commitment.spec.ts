import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

const instrument = testInstrument({ dimensions: [1], commitment: 3, targets: 4 });

function score(table: Record<string, readonly (number | null)[]>) {
  return scoreAudit(instrument, answersFrom(table));
}

describe('commitment check', () => {
  it('is the mean team value / 2 × 100, listing items below 1 as No', () => {
    // c1 [0,1] → 0.5 (No); c2 [1,1] → 1 (not No); c3 [2,2] → 2; mean 3.5 / 3 → percent 58.33
    const results = score({ c1: [0, 1], c2: [1, 1], c3: [2, 2] });
    expect(results.commitment.percent).toBeCloseTo((3.5 / 3 / 2) * 100, 12);
    expect(results.commitment.no).toEqual(['c1']);
  });

  it('leaves unanswered items out of the mean', () => {
    expect(score({ c1: [2], c2: [null] }).commitment).toEqual({ percent: 100, no: [] });
  });

  it('has no percent when nothing is answered', () => {
    expect(score({}).commitment).toEqual({ percent: null, no: [] });
  });
});

describe('accountability targets', () => {
  it('is missing below 0.5, partial from 0.5 to below 1.5, in place from 1.5', () => {
    // t1 [0,0,1] = 0.333 missing; t2 [0,1] = 0.5 partial; t3 [1,2] = 1.5 in place; t4 unanswered
    const results = score({ t1: [0, 0, 1], t2: [0, 1], t3: [1, 2] });
    expect(results.targets.map((t) => t.state)).toEqual(['missing', 'partial', 'in place', null]);
    expect(results.targets[1]).toEqual({ id: 't2', value: 0.5, state: 'partial' });
  });

  it('puts 1.4 on balance at partial and 2 at in place', () => {
    // t1 [1,1,1,1,2] = 1.2 partial; t2 [2] in place
    expect(
      score({ t1: [1, 1, 1, 1, 2], t2: [2] })
        .targets.slice(0, 2)
        .map((t) => t.state),
    ).toEqual(['partial', 'in place']);
  });
});
