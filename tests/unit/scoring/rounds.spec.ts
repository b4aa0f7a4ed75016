import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersByRound, answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

/** Four statements in one dimension, one sign, one commitment item: six items. */
const instrument = testInstrument({ dimensions: [4], signs: 1, commitment: 1 });

type Rounds = Record<string, readonly (readonly (number | null | undefined)[])[]>;

function score(table: Rounds, consensus: { item: string; value: number }[] = []) {
  return scoreAudit(instrument, answersByRound(table, { consensus }));
}

function item(table: Rounds, id = 'd1-1', consensus: { item: string; value: number }[] = []) {
  const found = score(table, consensus).items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('final round (docs/spec/scoring.md, "Re-vote rounds")', () => {
  it('scores an item from its highest round only', () => {
    // Round 1 [1,5,3]: mean 3, sd sqrt(8/3) = 1.633, misaligned. Round 2 [3,4,3]: mean 10/3, sd sqrt(2/9).
    const result = item({
      'd1-1': [
        [1, 5, 3],
        [3, 4, 3],
      ],
    });
    expect(result).toMatchObject({ finalRound: 2, n: 3, unsure: 0, range: 1, misaligned: false });
    expect(result.mean).toBeCloseTo(10 / 3, 12);
    expect(result.value).toBeCloseTo(10 / 3, 12);
    expect(result.sd).toBeCloseTo(Math.sqrt(2 / 9), 12);
  });

  it('counts a round of "Not sure" answers as the final round, leaving the item unanswered', () => {
    expect(
      item({
        'd1-1': [
          [4, 4, 4],
          [null, null],
        ],
      }),
    ).toMatchObject({
      finalRound: 2,
      n: 0,
      unsure: 2,
      mean: null,
      value: null,
    });
  });

  it('leaves out a participant who did not answer the final round', () => {
    // p3 answered 1 in round 1 only; round 2 is p1 and p2.
    const results = score({
      'd1-1': [
        [5, 5, 1],
        [4, 4],
      ],
    });
    expect(results.items[0]).toMatchObject({ n: 2, mean: 4, sd: 0, range: 0 });
    expect(results.incomplete).toContain('p3');
  });

  it('takes each item’s own final round: one item re-voted, the others not', () => {
    const results = score({
      'd1-1': [
        [1, 5],
        [3, 3],
      ],
      'd1-2': [[2, 2]],
    });
    expect(results.items.map((i) => i.finalRound)).toEqual([2, 1, null, null, null, null]);
  });

  it('uses the final round in dimensions, signs and commitment', () => {
    const results = score({
      'd1-1': [
        [1, 1, 1],
        [5, 5, 5],
      ],
      'd1-2': [
        [1, 1, 1],
        [5, 5, 5],
      ],
      s1: [
        [3, 3, 3],
        [0, 0, 0],
      ],
      c1: [
        [2, 2, 2],
        [0, 0, 0],
      ],
    });
    expect(results.dimensions[0]).toMatchObject({ percent: 100, coverage: 0.5, insufficient: false });
    expect(results.signs[0]).toMatchObject({ severity: 0, present: false, severe: false });
    expect(results.commitment).toEqual({ percent: 0, no: ['c1'] });
    expect(results.index).toBe(100);
  });

  it('keeps a recorded consensus as the team value whatever the rounds, and misalignment from the final round', () => {
    const result = item(
      {
        'd1-1': [
          [3, 3, 3],
          [1, 5, 5],
        ],
      },
      'd1-1',
      [{ item: 'd1-1', value: 2 }],
    );
    expect(result).toMatchObject({ finalRound: 2, consensus: 2, value: 2, misaligned: true });
    expect(result.mean).toBeCloseTo(11 / 3, 12);
  });

  it('scores answers without a round exactly like round-1 answers', () => {
    const table = { 'd1-1': [1, 5, 3], 'd1-2': [2, null, 4], s1: [0, 3], c1: [2, 1, 0] };
    const plain = answersFrom(table);
    const explicit = { ...plain, responses: plain.responses.map((r) => ({ ...r, round: 1 })) };
    expect(scoreAudit(instrument, explicit)).toEqual(scoreAudit(instrument, plain));
    expect(scoreAudit(instrument, plain).items.map((i) => i.finalRound)).toEqual([1, 1, null, null, 1, 1]);
  });
});

describe('rounds of a re-voted item', () => {
  it('lists n, unsure, mean, sd, median and agreement per round, in round order', () => {
    const result = item({
      'd1-1': [
        [1, 5, 3, null],
        [3, 4, 3, 3],
      ],
    });
    expect(result.rounds).toHaveLength(2);
    const [first, second] = result.rounds ?? [];
    // Round 1 [1,3,5]: median 3; only the 3 is within 1 of it.
    expect(first).toMatchObject({ round: 1, n: 3, unsure: 1, mean: 3, median: 3 });
    expect(first?.sd).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(first?.agreement).toBeCloseTo(1 / 3, 12);
    // Round 2 [3,3,3,4]: median 3, all within 1.
    expect(second).toMatchObject({ round: 2, n: 4, unsure: 0, mean: 3.25, median: 3, agreement: 1 });
  });

  it('takes the mean of the middle two as the median for an even n', () => {
    // [1,2,4,5]: median 3; 2 and 4 are exactly 1 away (inside), 1 and 5 are 2 away.
    const [, round2] = item({ 'd1-1': [[3], [1, 2, 4, 5]] }).rounds ?? [];
    expect(round2).toMatchObject({ median: 3, agreement: 0.5 });
    // [2,3]: median 2.5, both half a point away.
    const [, pair] = item({ 'd1-1': [[3], [2, 3]] }).rounds ?? [];
    expect(pair).toMatchObject({ median: 2.5, agreement: 1 });
  });

  it('counts an answer exactly 1 from the median as agreeing, and 1.5 away as not', () => {
    // [1,2,3]: median 2, |1-2| = |3-2| = 1: all agree.
    expect(item({ 'd1-1': [[5], [1, 2, 3]] }).rounds?.[1]?.agreement).toBe(1);
    // [1,2,3,4]: median 2.5, 1 and 4 are 1.5 away.
    expect(item({ 'd1-1': [[5], [1, 2, 3, 4]] }).rounds?.[1]?.agreement).toBe(0.5);
  });

  it('leaves mean, sd, median and agreement undefined for a round of only "Not sure"', () => {
    const result = item({
      'd1-1': [
        [null, null],
        [4, 4],
      ],
    });
    expect(result.rounds?.[0]).toEqual({
      round: 1,
      n: 0,
      unsure: 2,
      mean: null,
      sd: null,
      median: null,
      agreement: null,
      misaligned: false,
    });
    expect(result.sdChange).toBeNull();
  });

  it('says of each round whether its answers split the team, by the rule of "Alignment"', () => {
    // Round 1 [1, 5, 3]: range 4, split. Round 2 [2, 5]: range 3, still split. Round 3 [3, 4, 3]: not.
    const result = item({
      'd1-1': [
        [1, 5, 3],
        [2, 5],
        [3, 4, 3],
      ],
    });
    expect(result.rounds?.map((r) => r.misaligned)).toEqual([true, true, false]);
    expect(result).toMatchObject({ misaligned: false, converged: true });
    // A sign is never misaligned, in any round.
    expect(
      item(
        {
          s1: [
            [0, 3],
            [0, 3],
          ],
        },
        's1',
      ).rounds?.map((r) => r.misaligned),
    ).toEqual([false, false]);
  });

  it('lists only the rounds the item was answered in', () => {
    const result = item({ 'd1-1': [[1, 5], [], [3, 3]] });
    expect(result.rounds?.map((r) => r.round)).toEqual([1, 3]);
    expect(result.finalRound).toBe(3);
  });

  it('adds no rounds, converged or sdChange to an item answered in one round, even a later one', () => {
    const once = item({ 'd1-1': [[1, 5, 3]] });
    expect(once).not.toHaveProperty('rounds');
    expect(once).not.toHaveProperty('converged');
    expect(once).not.toHaveProperty('sdChange');
    const onlyLater = item({ 'd1-1': [[], [1, 5, 3]] });
    expect(onlyLater).toMatchObject({ finalRound: 2, n: 3 });
    expect(onlyLater).not.toHaveProperty('rounds');
  });
});

describe('convergence', () => {
  it('converged: misaligned in round 1, not in the final round; sdChange = sd(final) − sd(round 1)', () => {
    const result = item({
      'd1-1': [
        [1, 5, 3],
        [3, 4, 3],
      ],
    });
    expect(result.converged).toBe(true);
    expect(result.sdChange).toBeCloseTo(Math.sqrt(2 / 9) - Math.sqrt(8 / 3), 12);
  });

  it('has not converged when round 1 was not misaligned, or the final round still is', () => {
    expect(
      item({
        'd1-1': [
          [3, 3, 4],
          [3, 3, 3],
        ],
      }),
    ).toMatchObject({ converged: false, sdChange: -Math.sqrt(2 / 9) });
    const still = item({
      'd1-1': [
        [1, 5, 3],
        [2, 5, 5],
      ],
    });
    expect(still).toMatchObject({ misaligned: true, converged: false });
    expect(
      item({
        'd1-1': [
          [3, 3, 3],
          [1, 5, 5],
        ],
      }),
    ).toMatchObject({ misaligned: true, converged: false });
  });

  it('compares with round 1 even when there were rounds in between', () => {
    const result = item({
      'd1-1': [
        [1, 5],
        [2, 5],
        [4, 4],
      ],
    });
    expect(result).toMatchObject({ finalRound: 3, converged: true, sdChange: -2 });
  });

  it('never converges an item without round-1 answers, and has no sdChange then', () => {
    expect(item({ 'd1-1': [[], [1, 5], [4, 4]] })).toMatchObject({ converged: false, sdChange: null });
  });

  it('never converges a failure sign, which cannot be misaligned', () => {
    expect(
      item(
        {
          s1: [
            [0, 3, 0, 3],
            [1, 1, 1, 1],
          ],
        },
        's1',
      ),
    ).toMatchObject({ converged: false, sdChange: -1.5 });
  });
});

describe('completeness with rounds (docs/spec/scoring.md, "Completeness")', () => {
  it('counts answers of each item’s final round only', () => {
    // Six items, three participants: p1 and p2 answer all six; p3 answers all in round 1,
    // but two items were re-voted without p3.
    const all = [4, 4, 4];
    const results = score({
      'd1-1': [all, [3, 3]],
      'd1-2': [all, [3, 3]],
      'd1-3': [all],
      'd1-4': [all],
      s1: [[1, 1, 1]],
      c1: [[1, 1, 1]],
    });
    expect(results.completeness).toBeCloseTo(16 / 18, 12);
    expect(results).toMatchObject({ provisional: true, incomplete: ['p3'] });
  });

  it('counts a "Not sure" in the final round as given', () => {
    const results = score({
      'd1-1': [[4], [null]],
      'd1-2': [[4]],
      'd1-3': [[4]],
      'd1-4': [[4]],
      s1: [[1]],
      c1: [[1]],
    });
    expect(results).toMatchObject({ completeness: 1, provisional: false, incomplete: [] });
  });
});
