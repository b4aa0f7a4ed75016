import { describe, expect, it } from 'vitest';
import { levelOf } from '../../../shared/scoring/levels.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

describe('level from a percent', () => {
  it.each([
    [0, 'Not ready'],
    [39.99, 'Not ready'],
    [39.999999, 'Not ready'],
    [39.9999996, 'Emerging'], // rounds to 40.000000 at 6 decimals
    [40, 'Emerging'],
    [59.99, 'Emerging'],
    [60, 'Building'],
    [79.99, 'Building'],
    [80, 'Ready'],
    [100, 'Ready'],
  ] as const)('%d %% is %s', (percent, level) => {
    expect(levelOf(percent)).toBe(level);
  });
});

/** Four dimensions of one statement each and five signs, so caps can be set up by hand. */
const instrument = testInstrument({ dimensions: [1, 1, 1, 1], signs: 5 });

function score(dimensionValues: readonly number[], signValues: readonly number[] = []) {
  const table: Record<string, number[]> = {};
  dimensionValues.forEach((v, i) => (table[`d${i + 1}-1`] = [v]));
  signValues.forEach((v, i) => (table[`s${i + 1}`] = [v]));
  return scoreAudit(instrument, answersFrom(table));
}

describe('caps on the readiness level', () => {
  it('applies no cap when nothing calls for one', () => {
    const results = score([5, 5, 5, 5], [1, 1, 0, 0, 0]); // index 100, weakest 100, signs 1.0: not present
    expect(results).toMatchObject({ level: 'Ready', levelFromIndex: 'Ready', caps: [] });
  });

  it('weakest link alone: at most one step above the weakest dimension', () => {
    // percents 100, 100, 100, 25 → index 81.25 Ready; weakest 25 % Not ready → at most Emerging
    const results = score([5, 5, 5, 2]);
    expect(results.index).toBe(81.25);
    expect(results.levelFromIndex).toBe('Ready');
    expect(results.level).toBe('Emerging');
    expect(results.caps).toHaveLength(1);
    expect(results.caps[0]).toMatchObject({ rule: 'weakest-link', to: 'Emerging' });
    expect(results.caps[0]?.reason).toContain('Dimension 4');
    expect(results.caps[0]?.reason).toContain('25 %');
  });

  it('weakest link is not reported when the level is already within one step', () => {
    // percents 100, 100, 50, 50 → index 75 Building; weakest Emerging allows Building
    expect(score([5, 5, 3, 3]).caps).toEqual([]);
  });

  it('severe sign alone: at most Building', () => {
    const results = score([5, 5, 5, 5], [3]);
    expect(results.level).toBe('Building');
    expect(results.caps).toEqual([expect.objectContaining({ rule: 'severe-sign', to: 'Building' })]);
    expect(results.caps[0]?.reason).toContain('Sign 1');
  });

  it('severe sign is not reported when the level is Building or lower already', () => {
    expect(score([4, 4, 4, 4], [3]).caps).toEqual([]); // 75 % Building
  });

  it('three present signs alone: at most Emerging', () => {
    const results = score([5, 5, 5, 5], [2, 2, 2]); // present (2 >= 1.5), not severe
    expect(results.level).toBe('Emerging');
    expect(results.caps).toEqual([expect.objectContaining({ rule: 'present-signs', to: 'Emerging' })]);
  });

  it('two present signs do not cap', () => {
    expect(score([5, 5, 5, 5], [2, 2]).caps).toEqual([]);
  });

  it('severe sign then present signs: both reported, in order', () => {
    const results = score([5, 5, 5, 5], [3, 2, 2]);
    expect(results.level).toBe('Emerging');
    expect(results.caps.map((c) => [c.rule, c.to])).toEqual([
      ['severe-sign', 'Building'],
      ['present-signs', 'Emerging'],
    ]);
  });

  it('weakest link first, then a severe sign that no longer lowers anything, then present signs', () => {
    // percents 100,100,100,50 → index 87.5 Ready; weakest Emerging → Building; severe → Building (not reported)
    const results = score([5, 5, 5, 3], [3, 2, 2]);
    expect(results.levelFromIndex).toBe('Ready');
    expect(results.caps.map((c) => [c.rule, c.to])).toEqual([
      ['weakest-link', 'Building'],
      ['present-signs', 'Emerging'],
    ]);
    expect(results.level).toBe('Emerging');
  });

  it('never reports a cap that would not lower a Not ready level', () => {
    expect(score([1, 1, 1, 1], [3, 3, 3]).caps).toEqual([]);
  });
});

describe('failure signs', () => {
  it.each([
    [[1, 2], 1.5, true, false],
    [[1, 1, 2], 4 / 3, false, false],
    [[2, 3], 2.5, true, true],
    [[2, 2, 3], 7 / 3, true, false],
    [[3, 3], 3, true, true],
  ] as const)('answers %j give severity %d: present %s, severe %s', (answers, severity, present, severe) => {
    const sign = scoreAudit(instrument, answersFrom({ s1: answers })).signs[0];
    expect(sign?.severity).toBeCloseTo(severity, 12);
    expect(sign).toMatchObject({ present, severe });
  });

  it('uses a consensus as the severity', () => {
    const sign = scoreAudit(
      instrument,
      answersFrom({ s1: [3, 3] }, { consensus: [{ item: 's1', value: 1 }] }),
    ).signs[0];
    expect(sign).toMatchObject({ severity: 1, present: false, severe: false });
  });

  it('leaves an unanswered sign absent', () => {
    const results = scoreAudit(instrument, answersFrom({}));
    expect(results.signs[0]).toEqual({ id: 's1', severity: null, present: false, severe: false });
  });
});
