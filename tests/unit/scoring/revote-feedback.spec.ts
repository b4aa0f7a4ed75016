import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { roundFeedback } from '../../../shared/scoring/feedback.ts';
import { previousRoundOf, revoteSuggestion } from '../../../shared/scoring/rounds.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersByRound, testInstrument } from '../../fixtures/test-instrument.ts';

/** Four statements in one dimension, one sign, one commitment item. */
const instrument = testInstrument({ dimensions: [4], signs: 1, commitment: 1 });
const catalog = catalogOf(instrument);

describe('the items offered for the next re-vote round', () => {
  it('are the misaligned statements before any re-vote, in instrument order', () => {
    // d1-1 and d1-3 split (range 4 and sd 1.63); d1-2 agreed; the sign's spread does not count.
    const { items } = scoreAudit(
      instrument,
      answersByRound({ 'd1-1': [[1, 5, 3]], 'd1-2': [[4, 4, 4]], 'd1-3': [[5, 1, 3]], s1: [[0, 3, 0]] }),
    );
    expect(revoteSuggestion(items, null)).toEqual(['d1-1', 'd1-3']);
  });

  it('are the last round’s items still misaligned after it', () => {
    // Round 2 re-voted d1-1 (converged) and d1-3 (still split); d1-4 is split but was not re-voted.
    const { items } = scoreAudit(
      instrument,
      answersByRound({
        'd1-1': [
          [1, 5, 3],
          [3, 3, 4],
        ],
        'd1-3': [
          [5, 1, 3],
          [5, 1],
        ],
        'd1-4': [[1, 5]],
      }),
    );
    expect(revoteSuggestion(items, ['d1-1', 'd1-3'])).toEqual(['d1-3']);
    expect(revoteSuggestion(items, [])).toEqual([]);
  });
});

describe('the Delphi feedback of a re-vote round', () => {
  const answers = answersByRound({
    'd1-1': [
      [1, 5, 3, null],
      [2, 4, undefined],
    ],
    'd1-2': [[4, 4]],
  }).responses;

  it('finds the latest earlier round with answers to the item', () => {
    expect(previousRoundOf(answers, 'd1-1', 2)).toBe(1);
    expect(previousRoundOf(answers, 'd1-1', 3)).toBe(2);
    expect(previousRoundOf(answers, 'd1-2', 5)).toBe(1);
    expect(previousRoundOf(answers, 'd1-3', 2)).toBeNull();
    expect(previousRoundOf(answers, 'd1-1', 1)).toBeNull();
  });

  it('gives the previous round as counts with Not sure apart, and the participant’s own latest earlier answer', () => {
    expect(roundFeedback(catalog, answers, 'p4', 2, ['d1-1', 'd1-3'])).toEqual([
      {
        item: 'd1-1',
        previousRound: 1,
        previous: { counts: [1, 0, 1, 0, 1], unsure: 1 },
        ownPrevious: { round: 1, value: null },
      },
      { item: 'd1-3', previousRound: null, previous: null, ownPrevious: null },
    ]);
    // In round 3, round 2 is the previous one; p3 skipped it, so their own is round 1's.
    expect(roundFeedback(catalog, answers, 'p3', 3, ['d1-1'])).toEqual([
      {
        item: 'd1-1',
        previousRound: 2,
        previous: { counts: [0, 1, 0, 1, 0], unsure: 0 },
        ownPrevious: { round: 1, value: 3 },
      },
    ]);
    // Nothing of the round itself: p1's round-2 answer is not feedback for round 2.
    expect(roundFeedback(catalog, answers, 'p1', 2, ['d1-1'])[0]?.ownPrevious).toEqual({
      round: 1,
      value: 1,
    });
  });

  it('leaves out an id the instrument does not have', () => {
    expect(roundFeedback(catalog, answers, 'p1', 2, ['no-such-item'])).toEqual([]);
  });
});
