import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../../shared/scoring/results.ts';
import { splitsFirst, splitsOnly } from '../../../shared/scoring/splits.ts';

const result = (id: string, misaligned: boolean, sd: number | null): ItemResult => ({
  id,
  n: sd === null ? 0 : 3,
  unsure: 0,
  mean: sd === null ? null : 3,
  sd,
  range: sd === null ? null : 2,
  consensus: null,
  value: sd === null ? null : 3,
  misaligned,
  finalRound: sd === null ? null : 1,
});

describe('the reveal’s order: splits first', () => {
  it('puts misaligned statements first, then the widest spread, then keeps the order given', () => {
    const items = [
      result('calm', false, 0.4),
      result('wide', false, 1.2),
      result('split-a', true, 1.5),
      result('none', false, null),
      result('split-b', true, 1.9),
      result('calm-too', false, 0.4),
    ];
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(splitsFirst(items, (i) => i).map((i) => i.id)).toEqual([
      'split-b',
      'split-a',
      'wide',
      'calm',
      'calm-too',
      'none',
    ]);
    // Any entry type: the reveal sorts its rows by the item each one shows.
    const rows = items.map((i) => ({ itemId: i.id }));
    expect(splitsFirst(rows, (r) => byId.get(r.itemId)).map((r) => r.itemId)[0]).toBe('split-b');
    expect(rows[0]?.itemId).toBe('calm'); // the input is left as it was
  });

  it('lists only the splits for the report, in the same order, ties in the order given', () => {
    const items = [
      result('wide', false, 1.2),
      result('split-a', true, 1.5),
      result('split-b', true, 1.9),
      result('split-c', true, 1.5),
    ];
    expect(splitsOnly(items, (i) => i).map((i) => i.id)).toEqual(['split-b', 'split-a', 'split-c']);
  });
});
