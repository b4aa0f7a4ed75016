import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { CONTACT_CATEGORIES } from '../../../shared/instrument/contact-categories.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import type { AuditAnswers, ScoredResponse } from '../../../shared/scoring/inputs.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { finalRounds, roundOf } from '../../../shared/scoring/rounds.ts';
import { LEVELS } from '../../../shared/scoring/levels.ts';
import { round6 } from '../../../shared/scoring/numbers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { testInstrument } from '../../fixtures/test-instrument.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';

const RUNS = propertyRuns(1000);

/**
 * Arbitrary answers to an instrument: 1–8 participants (7–12 with groups), each item
 * answered, "Not sure" or skipped. With `rounds`, some answers are re-voted in rounds 2 and 3;
 * with `groups`, up to three role groups with some participants in none.
 */
function answersArb(
  instrument: Instrument,
  options: { readonly rounds?: boolean; readonly groups?: boolean } = {},
): fc.Arbitrary<AuditAnswers> {
  const items = [...catalogOf(instrument).values()];
  const answer = (min: number, max: number) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 5, arbitrary: fc.integer({ min, max }) },
    );
  const sheet = fc.tuple(...items.map((i) => answer(i.scale.min, i.scale.max)));
  const contact = fc.record({
    id: fc.uuid(),
    name: fc.string({ minLength: 1, maxLength: 8 }),
    category: fc.constantFrom(...CONTACT_CATEGORIES),
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
  // A re-vote: participant index, item index, round 2 or 3, and a value (or Not sure) on the item's scale.
  const revote = fc.tuple(
    fc.nat(),
    fc.nat({ max: items.length - 1 }),
    fc.integer({ min: 2, max: 3 }),
    fc.option(fc.nat(), { nil: null }),
  );
  return fc
    .record({
      sheets: fc.array(sheet, { minLength: options.groups ? 7 : 1, maxLength: options.groups ? 12 : 8 }),
      consensus,
      contacts: fc.array(contact, { maxLength: 4 }),
      revotes: options.rounds ? fc.array(revote, { maxLength: 30 }) : fc.constant([]),
      groupCount: options.groups
        ? fc.oneof(
            { weight: 1, arbitrary: fc.integer({ min: 0, max: 1 }) },
            { weight: 3, arbitrary: fc.integer({ min: 2, max: 3 }) },
          )
        : fc.constant(0),
      // Per participant: a group index, or none.
      memberships: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 12, maxLength: 12 }),
      minGroupSize: options.groups ? fc.constantFrom(undefined, 3, 4) : fc.constant(undefined),
    })
    .map(({ sheets, consensus, contacts, revotes, groupCount, memberships, minGroupSize }) => {
      const responses: ScoredResponse[] = sheets.flatMap((sheet, p) =>
        sheet.flatMap((value, i) =>
          value === undefined ? [] : [{ participant: `p${p + 1}`, item: items[i]!.id, value }],
        ),
      );
      const seen = new Set<string>();
      for (const [p, i, round, v] of revotes) {
        const participant = `p${(p % sheets.length) + 1}`;
        const item = items[i]!;
        const key = `${participant} ${item.id} ${round}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const value = v === null ? null : item.scale.min + (v % (item.scale.max - item.scale.min + 1));
        responses.push({ participant, item: item.id, value, round });
      }
      const unique = new Map(consensus.map((c) => [c.item, c]));
      const participants = sheets.map((_, p) => `p${p + 1}`);
      const groups = Array.from({ length: groupCount }, (_, g) => ({
        id: `g${g + 1}`,
        name: `Group ${g + 1}`,
      }));
      const groupOf = new Map(
        groupCount === 0
          ? []
          : participants.flatMap((p, i) => {
              const m = memberships[i];
              return m === undefined ? [] : [[p, `g${(m % groupCount) + 1}`] as const];
            }),
      );
      return {
        participants,
        responses,
        consensus: [...unique.values()],
        contacts,
        ...(options.groups ? { groups, groupOf, minGroupSize } : {}),
      };
    });
}

/** The answers in another order, every participant renamed; group ids and rounds kept. */
function shuffledAndRenamed(answers: AuditAnswers, seed: number): AuditAnswers {
  const shuffled = [...answers.responses]
    .map((r, i) => ({ r, key: Math.sin(seed + i * 7919) }))
    .sort((a, b) => a.key - b.key)
    .map(({ r }) => ({ ...r, participant: `renamed-${r.participant}` }));
  return {
    ...answers,
    participants: answers.participants.map((p) => `renamed-${p}`),
    responses: shuffled,
    consensus: [...answers.consensus].reverse(),
    ...(answers.groupOf
      ? { groupOf: new Map([...answers.groupOf].reverse().map(([p, g]) => [`renamed-${p}`, g])) }
      : {}),
  };
}

/** The team results: everything but the groups' own figures and the actions their gaps add. */
function teamResults({ groups: _g, perceptionGaps: _p, roleSplits: _r, actions, ...team }: AuditResults) {
  return { ...team, actions: actions.filter((a) => a.group !== 'perception-gap') };
}

const rank = (level: string | null) => LEVELS.indexOf(level as (typeof LEVELS)[number]);

describe('scoring invariants (fast-check)', () => {
  it('does not depend on the order of responses or on how participants are named or ordered', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1), fc.integer(), (answers, seed) => {
        const renamed = scoreAudit(instrumentV1, shuffledAndRenamed(answers, seed));
        expect({ ...renamed, incomplete: renamed.incomplete.map((p) => p.replace('renamed-', '')) }).toEqual(
          scoreAudit(instrumentV1, answers),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('does not depend on order or names with re-vote rounds and role groups either', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1, { rounds: true, groups: true }), fc.integer(), (answers, seed) => {
        const renamed = scoreAudit(instrumentV1, shuffledAndRenamed(answers, seed));
        expect({ ...renamed, incomplete: renamed.incomplete.map((p) => p.replace('renamed-', '')) }).toEqual(
          scoreAudit(instrumentV1, answers),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never shows a group’s figures below minGroupSize, and names only shown groups in gaps and splits', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1, { rounds: true, groups: true }), (answers) => {
        const results = scoreAudit(instrumentV1, answers);
        const min = answers.minGroupSize ?? 3;
        const shown = new Set<string>();
        for (const g of results.groups) {
          if (g.size < min) expect(g.suppressed, g.id).toBe(true);
          if (g.suppressed) expect(Object.keys(g).sort()).toEqual(['id', 'name', 'size', 'suppressed']);
          else shown.add(g.id);
        }
        // The complementary rule: never exactly one suppressed group beside shown ones.
        const hidden = results.groups.filter((g) => g.suppressed).length;
        expect(hidden === 1 && shown.size > 0).toBe(false);
        for (const gap of results.perceptionGaps) {
          expect(shown.has(gap.high) && shown.has(gap.low) && gap.high !== gap.low).toBe(true);
        }
        for (const split of results.roleSplits) {
          expect(shown.has(split.high) && shown.has(split.low) && split.high !== split.low).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('changes nothing in the team results with groups, and nothing at all with one group or none', () => {
    fc.assert(
      fc.property(answersArb(instrumentV1, { rounds: true, groups: true }), (answers) => {
        const grouped = scoreAudit(instrumentV1, answers);
        const { groups: _g, groupOf: _o, minGroupSize: _m, ...plain } = answers;
        const ungrouped = scoreAudit(instrumentV1, plain);
        expect(teamResults(grouped)).toEqual(teamResults(ungrouped));
        expect(ungrouped).toMatchObject({ groups: [], perceptionGaps: [], roleSplits: [] });
        if ((answers.groups ?? []).length <= 1) {
          expect({ ...grouped, groups: [] }).toEqual(ungrouped);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('changes no team value when a round repeats the last one', () => {
    fc.assert(
      fc.property(
        answersArb(instrumentV1, { rounds: true, groups: true }),
        fc.array(fc.boolean(), {
          minLength: catalogOf(instrumentV1).size,
          maxLength: catalogOf(instrumentV1).size,
        }),
        (answers, repeat) => {
          const chosen = new Set([...catalogOf(instrumentV1).keys()].filter((_, i) => repeat[i]));
          const final = finalRounds(answers.responses);
          const again = answers.responses.flatMap((r) =>
            chosen.has(r.item) && roundOf(r) === final.get(r.item) ? [{ ...r, round: roundOf(r) + 1 }] : [],
          );
          const before = scoreAudit(instrumentV1, answers);
          const after = scoreAudit(instrumentV1, { ...answers, responses: [...answers.responses, ...again] });
          const values = (results: AuditResults) => ({
            ...results,
            items: results.items.map(
              ({ finalRound: _f, rounds: _r, converged: _c, sdChange: _s, ...team }) => team,
            ),
          });
          expect(values(after)).toEqual(values(before));
          for (const item of after.items) {
            if (chosen.has(item.id) && item.finalRound !== null) {
              expect(item.finalRound).toBe((final.get(item.id) ?? 0) + 1);
              const [previous, last] = item.rounds?.slice(-2) ?? [];
              expect(last).toEqual({ ...previous, round: item.finalRound });
            }
          }
        },
      ),
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
