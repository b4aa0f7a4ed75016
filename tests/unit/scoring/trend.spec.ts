import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import type { AuditAnswers } from '../../../shared/scoring/inputs.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { comparableItems, trendOf, type TrendAudit } from '../../../shared/scoring/trend.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';
import { testInstrument } from '../../fixtures/test-instrument.ts';

const RUNS = propertyRuns(300);

/** Every participant gives every statement of the instrument the same value, and signs `signValue`. */
function uniform(
  instrument: Instrument,
  value: (statementId: string) => number,
  signValue = 0,
): AuditAnswers {
  const statements = instrument.dimensions.flatMap((d) => d.items.map((s) => s.id));
  return {
    participants: ['p1', 'p2'],
    responses: ['p1', 'p2'].flatMap((participant) => [
      ...statements.map((item) => ({ participant, item, value: value(item) })),
      ...instrument.signs.map((s) => ({ participant, item: s.id, value: signValue })),
    ]),
    consensus: [],
    contacts: [],
  };
}

function audit(instrument: Instrument, answers: AuditAnswers, n: number, review?: TrendAudit['review']) {
  return {
    id: `a${n}`,
    title: `Audit ${n}`,
    date: `202${n}-03-01`,
    instrument,
    results: scoreAudit(instrument, answers),
    ...(review ? { review } : {}),
  };
}

describe('trendOf', () => {
  const instrument = testInstrument({ dimensions: [2, { items: 2, weight: 3 }], signs: 2 });

  it('gives each audit its index, level and dimension percents, and what changed since the one before', () => {
    const trend = trendOf([
      audit(
        instrument,
        uniform(instrument, () => 2, 3),
        1,
      ),
      audit(
        instrument,
        uniform(instrument, (id) => (id.startsWith('d1') ? 4 : 3), 0),
        2,
      ),
      audit(
        instrument,
        uniform(instrument, () => 3, 0),
        3,
        [{ outcome: 'done' }, { outcome: 'done' }, { outcome: 'carried' }, { outcome: 'dropped' }, {}],
      ),
    ]);
    expect(trend.compatibility).toBe('Compared on 4 of 4 statements both versions share.');
    expect(trend.audits.map((a) => [a.index, a.indexChange, a.levelChange])).toEqual([
      [25, null, null],
      // (75 × 1 + 50 × 3) / 4
      [56.25, 31, 'up'],
      [50, -6, 'same'],
    ]);
    expect(trend.audits.map((a) => a.level)).toEqual(['Not ready', 'Emerging', 'Emerging']);
    expect(trend.audits[2]?.dimensions).toEqual([
      { id: 'd1', percent: 50, insufficient: false, change: -25, direction: 'down' },
      { id: 'd2', percent: 50, insufficient: false, change: 0, direction: 'same' },
    ]);
    expect(trend.signs.map((s) => [s.id, s.then?.present, s.now?.present])).toEqual([
      ['s1', true, false],
      ['s2', true, false],
    ]);
    expect(trend.planOutcome).toEqual({
      total: 5,
      done: 2,
      inProgress: 0,
      dropped: 1,
      carried: 1,
      unreviewed: 1,
    });
  });

  it('compares only the statements both instrument versions share, and says how many', () => {
    const older = testInstrument({ dimensions: [3, 2], signs: 1 });
    // The newer version drops d1-3 and moves nothing; d2-2 and d2-3 are new or changed place.
    const newer: Instrument = {
      ...older,
      version: '2.0.0',
      dimensions: [
        { ...older.dimensions[0]!, items: older.dimensions[0]!.items.slice(0, 2) },
        {
          ...older.dimensions[1]!,
          items: [
            older.dimensions[1]!.items[0]!,
            { id: 'd2-9', text: 'New', hint: '' },
            { id: 'd2-8', text: 'New too', hint: '' },
          ],
        },
      ],
    };
    expect(comparableItems([older, newer]).statements).toEqual(['d1-1', 'd1-2', 'd2-1']);
    // d1-3 scores 1 in the older audit: left out, d1 is 5 there as in the newer one.
    const trend = trendOf([
      audit(
        older,
        uniform(older, (id) => (id === 'd1-3' ? 1 : 5)),
        1,
      ),
      audit(
        newer,
        uniform(newer, (id) => (id.startsWith('d2-') && id !== 'd2-1' ? 1 : 5)),
        2,
      ),
    ]);
    expect(trend.compatibility).toBe('Compared on 3 of 5 statements both versions share.');
    expect(trend.audits.map((a) => a.dimensions.map((d) => d.percent))).toEqual([
      [100, 100],
      [100, 100],
    ]);
    expect(trend.audits[1]?.indexChange).toBe(0);
    // The audits' own figures differ: the comparison is not theirs.
    expect(
      scoreAudit(
        older,
        uniform(older, (id) => (id === 'd1-3' ? 1 : 5)),
      ).index,
    ).not.toBe(100);
  });

  it('has no plan outcome when the latest audit reviewed no plan, and no changes for a single audit', () => {
    const trend = trendOf([
      audit(
        instrument,
        uniform(instrument, () => 4),
        1,
      ),
    ]);
    expect(trend.planOutcome).toBeNull();
    expect(trend.audits[0]).toMatchObject({ indexChange: null, levelChange: null });
    expect(trend.audits[0]?.dimensions.every((d) => d.change === null && d.direction === null)).toBe(true);
    expect(trendOf([]).audits).toEqual([]);
  });
});

describe('trend invariants (fast-check)', () => {
  const statements = instrumentV1.dimensions.flatMap((d) => d.items.map((s) => s.id));
  const answersArb = fc
    .array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
      minLength: statements.length,
      maxLength: statements.length,
    })
    .map((values): AuditAnswers => ({
      participants: ['p1'],
      responses: statements.map((item, i) => ({ participant: 'p1', item, value: values[i] ?? null })),
      consensus: [],
      contacts: [],
    }));

  it('with one instrument version, shows exactly each audit’s own index and dimension percents', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 1, maxLength: 4 }), (sets) => {
        const audits = sets.map((a, i) => audit(instrumentV1, a, i));
        const trend = trendOf(audits);
        expect(trend.comparable.statements).toHaveLength(statements.length);
        trend.audits.forEach((point, i) => {
          const own = audits[i]!.results;
          expect(point.index).toBe(own.index);
          expect(point.level).toBe(own.level);
          expect(point.dimensions.map((d) => d.percent)).toEqual(own.dimensions.map((d) => d.percent));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('chains: the changes add up to the last figure minus the first', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 2, maxLength: 5 }), (sets) => {
        const trend = trendOf(sets.map((a, i) => audit(instrumentV1, a, i)));
        const indices = trend.audits.map((a) => a.index);
        if (indices.some((x) => x === null)) return;
        // Changes are in points as shown: they add up exactly to the last shown figure minus the first.
        const sum = trend.audits.slice(1).reduce((s, a) => s + (a.indexChange ?? 0), 0);
        expect(sum).toBe(roundForDisplay(indices.at(-1) ?? 0) - roundForDisplay(indices[0] ?? 0));
        for (const point of trend.audits.slice(1)) {
          for (const d of point.dimensions) {
            if (d.change === null) expect(d.direction).toBeNull();
            else if (d.direction === 'up') expect(d.change).toBeGreaterThan(0);
            else if (d.direction === 'down') expect(d.change).toBeLessThan(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
