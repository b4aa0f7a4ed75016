import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../shared/scoring/recommend.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import type { ScoredContact } from '../../../shared/scoring/inputs.ts';
import { answersFrom, testInstrument } from '../../fixtures/test-instrument.ts';

const instrument = testInstrument({ dimensions: [2, 2, 2, 2], signs: 3, commitment: 2, targets: 2 });

function score(
  table: Record<string, readonly (number | null | undefined)[]>,
  contacts: ScoredContact[] = [],
  consensus: { item: string; value: number }[] = [],
) {
  return scoreAudit(instrument, answersFrom(table, { consensus, contacts }));
}

describe('dimension bands', () => {
  it.each([
    [0, 'low'],
    [39.99, 'low'],
    [40, 'mid'],
    [69.99, 'mid'],
    [69.9999996, 'high'],
    [70, 'high'],
    [100, 'high'],
  ] as const)('%d %% is %s', (percent, band) => expect(bandOf(percent)).toBe(band));
});

describe('recommended actions', () => {
  it('orders the groups as docs/spec/scoring.md says, with reasons', () => {
    const results = score(
      {
        // d1 25 %, d2 0 % (low; d2 first), d3 50 % (mid), d4 75 % (high)
        'd1-1': [2, 2, 2],
        'd1-2': [2, 2, 2],
        'd2-1': [1, 1, 1],
        'd2-2': [1, 1, 1],
        'd3-1': [3, 3, 3],
        'd3-2': [1, 5, 3], // misaligned: range 4, sd 1.633
        'd4-1': [4, 4, 4],
        'd4-2': [4, 4, 4],
        s1: [2, 2, 2], // present
        s2: [3, 3, 2], // 2.67 severe
        s3: [0, 0, 0],
        c1: [0, 0, 1], // 0.33 No
        c2: [2, 2, 2],
        t1: [2, 2, 2],
        t2: [0, 0, 0], // missing
      },
      [{ id: 'k1', name: 'Billing dispute', category: 'rescue', importance: 5, performance: 2 }],
    );
    expect(results.actions.map((a) => a.id)).toEqual([
      'a-s2',
      'a-s1',
      'a-d2-low',
      'a-d1-low',
      'a-misaligned:d3-2',
      'a-c1',
      'a-t2',
      'a-contact-rescue:contact-1',
      'a-d3-mid',
      'a-d4-high',
    ]);
    expect(results.actions.map((a) => a.urgent)).toEqual([true, ...Array<boolean>(9).fill(false)]);
    const byId = new Map(results.actions.map((a) => [a.id, a]));
    expect(byId.get('a-s2')?.reason).toBe('Failure sign "Sign 2" is severe: team severity 2.7 of 3.');
    expect(byId.get('a-d2-low')?.reason).toBe('Dimension 2 scores 0 %, below 40 %.');
    expect(byId.get('a-misaligned:d3-2')?.title).toBe('Settle the split on Statement d3-2');
    expect(byId.get('a-contact-rescue:contact-1')?.title).toBe('Close the gap on Billing dispute');
    expect(byId.get('a-contact-rescue:contact-1')?.reason).toContain('a gap of 3');
    expect(byId.get('a-t2')?.reason).toContain('no explicit, owned target');
  });

  it('orders misaligned statements by sd, highest first, ties in instrument order', () => {
    const results = score({
      'd1-1': [2, 5], // range 3, sd 1.5
      'd1-2': [1, 5], // range 4, sd 2
      'd2-1': [2, 5], // same as d1-1: tie keeps instrument order
    });
    expect(results.actions.filter((a) => a.group === 'misaligned').map((a) => a.id)).toEqual([
      'a-misaligned:d1-2',
      'a-misaligned:d1-1',
      'a-misaligned:d2-1',
    ]);
  });

  it('keeps instrument order for low dimensions with equal percents', () => {
    const results = score({ 'd1-1': [1], 'd2-1': [1], 'd3-1': [1], 'd4-1': [1] });
    expect(results.actions.filter((a) => a.group === 'low-dimension').map((a) => a.id)).toEqual([
      'a-d1-low',
      'a-d2-low',
      'a-d3-low',
      'a-d4-low',
    ]);
  });

  it('fires no sign action below 1.5 and marks none urgent below 2.5', () => {
    const results = score({ s1: [1, 2, 1], s2: [2, 2, 3], s3: [3, 2] });
    // s1 1.33 absent; s2 2.33 present; s3 2.5 severe
    expect(results.actions.filter((a) => a.rule.startsWith('sign:')).map((a) => [a.id, a.urgent])).toEqual([
      ['a-s3', true],
      ['a-s2', false],
    ]);
  });

  it('fires for partial targets as well as missing ones, not for unanswered or in-place targets', () => {
    const results = score({ t1: [1] });
    expect(results.actions.filter((a) => a.group === 'target').map((a) => a.id)).toEqual(['a-t1']);
    expect(results.actions.find((a) => a.id === 'a-t1')?.reason).toContain('only partly in place');
    expect(score({ t1: [2] }).actions.filter((a) => a.group === 'target')).toEqual([]);
  });

  it('orders contact actions by priority gap and names each contact', () => {
    const results = score({}, [
      { id: 'k1', name: 'Slow refund', category: 'rescue', importance: 4, performance: 2 },
      { id: 'k2', name: 'Upsell call', category: 'revenue', importance: 5, performance: 1 },
      { id: 'k3', name: 'Fine contact', category: 'request', importance: 3, performance: 3 },
    ]);
    expect(results.actions.filter((a) => a.group === 'contact').map((a) => a.title)).toEqual([
      'Close the gap on Upsell call',
      'Close the gap on Slow refund',
    ]);
  });

  it('uses the consensus, not the mean, to pick the band', () => {
    const results = score(
      { 'd1-1': [5, 5], 'd1-2': [5, 5] },
      [],
      [
        { item: 'd1-1', value: 1 },
        { item: 'd1-2', value: 1 },
      ],
    );
    expect(results.actions.some((a) => a.id === 'a-d1-low')).toBe(true);
  });

  it('carries horizon and owner role from the library', () => {
    const action = score({ 'd1-1': [1] }).actions[0];
    expect(action).toMatchObject({
      horizonDays: 90,
      ownerRole: 'CEO',
      description: 'Description of a-d1-low.',
    });
  });
});
