import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import type { AuditAnswers, ScoredResponse } from '../../../shared/scoring/inputs.ts';
import { LEVELS } from '../../../shared/scoring/levels.ts';
import { round6 } from '../../../shared/scoring/numbers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { testInstrument } from '../../fixtures/test-instrument.ts';

const RUNS = 1000;

/** Arbitrary answers to an instrument: 1–8 participants, each item answered, "Not sure" or skipped. */
function answersArb(instrument: Instrument): fc.Arbitrary<AuditAnswers> {
  const items = [...catalogOf(instrument).values()];
  const answer = (min: number, max: number) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 5, arbitrary: fc.integer({ min, max }) },
    );
  const sheet = fc.tuple(...items.map((i) => answer(i.scale.min, i.scale.max)));
  const contact = fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    category: fc.constantFrom('rescue', 'revenue', 'request', 'relationship' as const),
    importance: fc.integer({ min: 1, max: 5 }),
    performance: fc.integer({ min: 1, max: 5 }),
  });
  const consensus = fc.array(
    fc
      .constantFrom(...items)
      .chain((i) =>
        fc.integer({ min: i.scale.min, max: i.scale.max }).map((value) => ({ item: i.id, value })),
      ),
    { maxLength: 6 },
  );
  return fc
    .record({
      sheets: fc.array(sheet, { minLength: 1, maxLength: 8 }),
      consensus,
      contacts: fc.array(contact, { maxLength: 4 }),
    })
    .map(({ sheets, consensus, contacts }) => {
      const responses: ScoredResponse[] = sheets.flatMap((sheet, p) =>
        sheet.flatMap((value, i) =>
          value === undefined ? [] : [{ participant: `p${p + 1}`, item: items[i]!.id, value }],
        ),
      );
      const unique = new Map(consensus.map((c) => [c.item, c]));
      const participants = sheets.map((_, p) => `p${p + 1}`);
      return { participants, responses, consensus: [...unique.values()], contacts };
    });
}

const rank = (level: string | null) => LEVELS.indexOf(level as (typeof LEVELS)[number]);

describe('scoring invariants (fast-check)', () => {
  it('does not depend on the order of responses or on how participants are named or ordered', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1), fc.integer(), (answers, seed) => {
        const shuffled = [...answers.responses]
          .map((r, i) => ({ r, key: Math.sin(seed + i * 7919) }))
          .sort((a, b) => a.key - b.key)
          .map(({ r }) => ({ ...r, participant: `renamed-${r.participant}` }));
        const consensus = [...answers.consensus].reverse();
        const participants = answers.participants.map((p) => `renamed-${p}`);
        const renamed = scoreAudit(instrumentV1, {
          ...answers,
          participants,
          responses: shuffled,
          consensus,
        });
        expect({ ...renamed, incomplete: renamed.incomplete.map((p) => p.replace('renamed-', '')) }).toEqual(
          scoreAudit(instrumentV1, answers),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps percents within 0–100 and the index between the lowest and highest sufficient dimension', () => {
    const weighted = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }).map((weights) =>
      testInstrument({
        dimensions: weights.map((weight) => ({ items: 3, weight })),
        signs: 8,
        commitment: 9,
        targets: 4,
      }),
    );
    const instruments = fc.oneof(fc.constant(instrumentV1), weighted);
    fc.assert(
      fc.property(
        instruments.chain((instrument) => answersArb(instrument).map((answers) => ({ instrument, answers }))),
        ({ instrument, answers }) => {
          const results = scoreAudit(instrument, answers);
          for (const d of results.dimensions) {
            if (d.percent !== null) {
              expect(d.percent).toBeGreaterThanOrEqual(0);
              expect(d.percent).toBeLessThanOrEqual(100);
            }
            expect(d.coverage).toBeGreaterThanOrEqual(0);
            expect(d.coverage).toBeLessThanOrEqual(1);
          }
          const sufficient = results.dimensions.filter((d) => !d.insufficient).map((d) => d.percent ?? NaN);
          if (sufficient.length === 0) {
            expect(results.index).toBeNull();
            expect(results.level).toBeNull();
          } else {
            const index = results.index ?? NaN;
            expect(index).toBeGreaterThanOrEqual(0);
            expect(index).toBeLessThanOrEqual(100);
            expect(round6(index)).toBeGreaterThanOrEqual(round6(Math.min(...sufficient)));
            expect(round6(index)).toBeLessThanOrEqual(round6(Math.max(...sufficient)));
          }
          if (results.commitment.percent !== null) {
            expect(results.commitment.percent).toBeGreaterThanOrEqual(0);
            expect(results.commitment.percent).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never puts the level above the level of the index, and reports a cap for every step it lowers', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1), (answers) => {
        const results = scoreAudit(instrumentV1, answers);
        expect(rank(results.level)).toBeLessThanOrEqual(rank(results.levelFromIndex));
        if (results.level !== results.levelFromIndex) {
          expect(results.caps.at(-1)?.to).toBe(results.level);
        } else {
          expect(results.caps).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('changes no value when a consensus equal to the mean is added', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1), (answers) => {
        const plain = { ...answers, consensus: [] };
        const before = scoreAudit(instrumentV1, plain);
        const consensus = before.items.flatMap((i) =>
          i.mean === null ? [] : [{ item: i.id, value: i.mean }],
        );
        const after = scoreAudit(instrumentV1, { ...plain, consensus });
        const withoutConsensus = (r: typeof before) => ({
          ...r,
          items: r.items.map((i) => ({ ...i, consensus: null })),
        });
        expect(withoutConsensus(after)).toEqual(withoutConsensus(before));
      }),
      { numRuns: RUNS },
    );
  });
});
