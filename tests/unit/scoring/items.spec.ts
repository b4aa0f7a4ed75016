import { describe, expect, it } from 'vitest';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

const instrument = testInstrument({ dimensions: [4], signs: 1 });

function item(
  table: Record<string, readonly (number | null | undefined)[]>,
  consensus: { item: string; value: number }[] = [],
) {
  const results = scoreAudit(instrument, answersFrom(table, { consensus }));
  return (id: string) => {
    const found = results.items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
}

describe('team value of one item', () => {
  it('computes n, unsure, mean, population sd and range from the non-null answers', () => {
    const get = item({ 'd1-1': [2, 4, 4, null, 5] });
    // A = [2,4,4,5]: mean 15/4 = 3.75; deviations -1.75, .25, .25, 1.25; squares 3.0625+.0625+.0625+1.5625 = 4.75; /4 = 1.1875
    expect(get('d1-1')).toMatchObject({
      n: 4,
      unsure: 1,
      mean: 3.75,
      range: 3,
      consensus: null,
      value: 3.75,
    });
    expect(get('d1-1').sd).toBeCloseTo(Math.sqrt(1.1875), 12);
  });

  it('gives sd 0 and range 0 for a single answer (n = 1)', () => {
    expect(item({ 'd1-1': [4] })('d1-1')).toMatchObject({
      n: 1,
      mean: 4,
      sd: 0,
      range: 0,
      value: 4,
      misaligned: false,
    });
  });

  it('treats an item answered only "Not sure" as unanswered, keeping the unsure count', () => {
    expect(item({ 'd1-1': [null, null, null] })('d1-1')).toMatchObject({
      n: 0,
      unsure: 3,
      mean: null,
      sd: null,
      range: null,
      value: null,
      misaligned: false,
    });
  });

  it('leaves an item nobody answered unanswered, with no unsure count', () => {
    expect(item({})('d1-2')).toMatchObject({ n: 0, unsure: 0, mean: null, value: null });
  });

  it('uses the consensus as the team value instead of the mean', () => {
    const get = item({ 'd1-1': [1, 5, 5] }, [{ item: 'd1-1', value: 2 }]);
    expect(get('d1-1')).toMatchObject({ mean: 11 / 3, consensus: 2, value: 2 });
  });

  it('uses a consensus even when every answer was "Not sure"', () => {
    expect(item({ 'd1-1': [null, null] }, [{ item: 'd1-1', value: 3 }])('d1-1')).toMatchObject({
      n: 0,
      value: 3,
    });
  });
});

describe('alignment', () => {
  it('marks n >= 3 with sd >= 1.0 as misaligned, exactly at 1.0', () => {
    // [2,2,4,4]: mean 3, sd exactly 1, range 2
    expect(item({ 'd1-1': [2, 2, 4, 4] })('d1-1')).toMatchObject({ sd: 1, range: 2, misaligned: true });
  });

  it('does not mark n >= 3 with sd just under 1 and range under 3', () => {
    // [1,1,3]: mean 5/3, sd sqrt(8/9) = 0.943
    const result = item({ 'd1-1': [1, 1, 3] })('d1-1');
    expect(result.sd).toBeCloseTo(Math.sqrt(8 / 9), 12);
    expect(result.misaligned).toBe(false);
  });

  it('marks two answers three points apart (range rule) but not two points apart', () => {
    expect(item({ 'd1-1': [2, 5] })('d1-1').misaligned).toBe(true);
    // [2,4]: n = 2 so the sd rule does not apply even though sd = 1
    expect(item({ 'd1-1': [2, 4] })('d1-1')).toMatchObject({ sd: 1, misaligned: false });
  });

  it('never marks a single answer', () => {
    expect(item({ 'd1-1': [1] })('d1-1').misaligned).toBe(false);
  });

  it('is computed from the individual answers even when a consensus exists', () => {
    expect(item({ 'd1-1': [1, 5] }, [{ item: 'd1-1', value: 3 }])('d1-1')).toMatchObject({
      value: 3,
      misaligned: true,
    });
  });

  it('applies to statements only, not to failure signs', () => {
    expect(item({ s1: [0, 3, 0, 3] })('s1')).toMatchObject({ range: 3, misaligned: false });
  });
});
