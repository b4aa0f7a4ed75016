import { describe, expect, it } from 'vitest';
import { isPerceptionGap, isRoleSplit, suppressedGroups } from '../../../shared/scoring/groups.ts';
import type { AuditAnswers, ScoredResponse } from '../../../shared/scoring/inputs.ts';
import type { AuditResults, VisibleGroupResult } from '../../../shared/scoring/results.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { testInstrument } from '../../fixtures/test-instrument.ts';

/** Two dimensions of two statements, one sign, one commitment item. */
const instrument = testInstrument({ dimensions: [2, 2], signs: 1, commitment: 1 });

type Sheet = Readonly<Record<string, number | null>>;

/** A participant: their id, their group (or none) and their answers, all in round 1 unless given. */
type Person = {
  readonly id: string;
  readonly group?: string;
  readonly sheet: Sheet;
  readonly round?: number;
};

/** `count` people of one group giving the same answers: ids `<group>1`, `<group>2`, … */
function people(group: string, count: number, sheet: Sheet): Person[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${group}${i + 1}`, group, sheet }));
}

const GROUPS = [
  { id: 'exec', name: 'Executive team' },
  { id: 'mgr', name: 'Managers' },
  { id: 'front', name: 'Front line' },
];

function answers(
  persons: readonly Person[],
  options: {
    groups?: AuditAnswers['groups'];
    minGroupSize?: number;
    consensus?: AuditAnswers['consensus'];
  } = {},
): AuditAnswers {
  const ids = [...new Set(persons.map((p) => p.id))];
  const responses: ScoredResponse[] = persons.flatMap((p) =>
    Object.entries(p.sheet).map(([item, value]) => ({
      participant: p.id,
      item,
      value,
      ...(p.round === undefined ? {} : { round: p.round }),
    })),
  );
  return {
    participants: ids,
    responses,
    consensus: options.consensus ?? [],
    contacts: [],
    // By default, the groups someone is in, in audit order.
    groups: options.groups ?? GROUPS.filter((g) => persons.some((p) => p.group === g.id)),
    groupOf: new Map(persons.flatMap((p) => (p.group === undefined ? [] : [[p.id, p.group] as const]))),
    ...(options.minGroupSize === undefined ? {} : { minGroupSize: options.minGroupSize }),
  };
}

function group(results: AuditResults, id: string): VisibleGroupResult {
  const found = results.groups.find((g) => g.id === id);
  if (!found || found.suppressed) throw new Error(`group ${id} is not shown`);
  return found;
}

const all = (value: number): Sheet => ({ 'd1-1': value, 'd1-2': value, 'd2-1': value, 'd2-2': value });

describe('group size (docs/spec/scoring.md, "Who counts")', () => {
  it('counts members with at least one non-null statement answer in final rounds', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [
          ...people('exec', 3, all(4)),
          { id: 'exec-unsure', group: 'exec', sheet: { 'd1-1': null, 'd2-1': null } },
          { id: 'exec-signs', group: 'exec', sheet: { s1: 2, c1: 1 } },
          // Answered d1-1 in round 1 only; the final round of d1-1 is 2.
          { id: 'exec-early', group: 'exec', sheet: { 'd1-1': 5 } },
          { id: 'exec-late', group: 'exec', sheet: { 'd1-1': 3 }, round: 2 },
          { id: 'nobody', sheet: all(2) },
        ],
        { groups: GROUPS },
      ),
    );
    expect(results.groups.map((g) => [g.id, g.size])).toEqual([
      ['exec', 4],
      ['mgr', 0],
      ['front', 0],
    ]);
  });
});

describe('suppression (docs/spec/scoring.md, "Suppression")', () => {
  it('suppresses a group of 2 and shows a group of 3 with minGroupSize 3', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 2, all(4)), ...people('mgr', 2, all(3)), ...people('front', 3, all(2))]),
    );
    expect(results.groups.map((g) => [g.id, g.size, g.suppressed])).toEqual([
      ['exec', 2, true],
      ['mgr', 2, true],
      ['front', 3, false],
    ]);
  });

  it('shows only id, name, size and suppressed for a suppressed group', () => {
    const results = scoreAudit(instrument, answers(people('exec', 2, all(4)), { groups: [GROUPS[0]!] }));
    expect(results.groups).toEqual([{ id: 'exec', name: 'Executive team', size: 2, suppressed: true }]);
  });

  it('uses the audit’s minGroupSize', () => {
    const four = answers(people('exec', 4, all(4)), { groups: [GROUPS[0]!] });
    expect(scoreAudit(instrument, four).groups[0]?.suppressed).toBe(false);
    expect(scoreAudit(instrument, { ...four, minGroupSize: 5 }).groups[0]?.suppressed).toBe(true);
    expect(scoreAudit(instrument, { ...four, minGroupSize: 4 }).groups[0]?.suppressed).toBe(false);
  });

  it('also suppresses the smallest shown group when exactly one is suppressed', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 5, all(4)), ...people('mgr', 4, all(3)), ...people('front', 2, all(2))]),
    );
    expect(results.groups.map((g) => [g.id, g.suppressed])).toEqual([
      ['exec', false],
      ['mgr', true],
      ['front', true],
    ]);
  });

  it('picks the later group in audit order when the smallest shown groups tie', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 4, all(4)), ...people('mgr', 4, all(3)), ...people('front', 1, all(2))]),
    );
    expect(results.groups.map((g) => [g.id, g.suppressed])).toEqual([
      ['exec', false],
      ['mgr', true],
      ['front', true],
    ]);
    expect(suppressedGroups([4, 5, 4, 1], 3)).toEqual([false, false, true, true]);
    expect(suppressedGroups([1, 4, 5, 4], 3)).toEqual([true, false, false, true]);
  });

  it('counts a group nobody answered in as suppressed, so the smallest shown group is suppressed too', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(4)), ...people('front', 4, all(2))], { groups: GROUPS }),
    );
    expect(results.groups.map((g) => [g.id, g.size, g.suppressed])).toEqual([
      ['exec', 3, true],
      ['mgr', 0, true],
      ['front', 4, false],
    ]);
  });

  it('adds nothing when two are suppressed already, or no group is left to show', () => {
    expect(suppressedGroups([2, 2, 3, 3], 3)).toEqual([true, true, false, false]);
    expect(suppressedGroups([2], 3)).toEqual([true]);
    expect(suppressedGroups([3, 3, 3], 3)).toEqual([false, false, false]);
    expect(suppressedGroups([], 3)).toEqual([]);
  });
});

describe('group figures (docs/spec/scoring.md, "Group figures")', () => {
  it('computes each dimension, the index and each statement mean from the members alone, without the consensus', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [
          ...people('exec', 3, { 'd1-1': 5, 'd1-2': 4, 'd2-1': 4 }),
          { id: 'exec4', group: 'exec', sheet: { 'd1-1': 2, 'd1-2': null } },
          ...people('front', 3, { 'd1-1': 1, 'd2-1': 2, 'd2-2': 3 }),
        ],
        { consensus: [{ item: 'd1-1', value: 3 }], groups: [GROUPS[0]!, GROUPS[2]!] },
      ),
    );
    const exec = group(results, 'exec');
    // d1-1 mean (5+5+5+2)/4 = 4.25, d1-2 4: score 4.125, 78.125 %; d2-1 4, d2-2 none: coverage 0.5, 75 %.
    expect(exec).toMatchObject({ size: 4, suppressed: false });
    expect(exec.statements).toEqual([
      { id: 'd1-1', n: 4, mean: 4.25 },
      { id: 'd1-2', n: 3, mean: 4 },
      { id: 'd2-1', n: 3, mean: 4 },
      { id: 'd2-2', n: 0, mean: null },
    ]);
    expect(exec.dimensions).toEqual([
      { id: 'd1', score: 4.125, percent: 78.125, answered: 2, coverage: 1, insufficient: false },
      { id: 'd2', score: 4, percent: 75, answered: 1, coverage: 0.5, insufficient: false },
    ]);
    expect(exec.index).toBeCloseTo((78.125 + 75) / 2, 12);
    // The team value of d1-1 is the consensus 3; the groups ignore it.
    expect(results.items[0]?.value).toBe(3);
    const front = group(results, 'front');
    expect(front.dimensions[0]).toMatchObject({ percent: 0, coverage: 0.5, insufficient: false });
  });

  it('leaves an insufficient dimension out of the group index, and has no index without a sufficient one', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, { 'd1-1': 5, 'd1-2': 5 }), ...people('front', 3, { s1: 1, 'd2-1': 1 })], {
        groups: [GROUPS[0]!, GROUPS[2]!],
      }),
    );
    expect(group(results, 'exec').dimensions[1]).toMatchObject({
      percent: null,
      coverage: 0,
      insufficient: true,
    });
    expect(group(results, 'exec').index).toBe(100);
    expect(group(results, 'front').index).toBe(0);
    const thin = answers(
      [{ id: 'x', group: 'exec', sheet: { 'd1-1': 5 } }, ...people('exec', 2, { s1: 0 })],
      {
        groups: [GROUPS[0]!],
        minGroupSize: 3,
      },
    );
    expect(scoreAudit(instrument, thin).groups[0]).toMatchObject({ size: 1, suppressed: true });
  });

  it('uses the final round of each item for the groups as well', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [...people('exec', 3, all(1)), ...people('exec', 3, { 'd1-1': 5 }).map((p) => ({ ...p, round: 2 }))],
        { groups: [GROUPS[0]!] },
      ),
    );
    expect(group(results, 'exec').statements[0]).toEqual({ id: 'd1-1', n: 3, mean: 5 });
    expect(group(results, 'exec').statements[1]).toEqual({ id: 'd1-2', n: 3, mean: 1 });
  });
});

describe('perception gap (docs/spec/scoring.md, "Perception gap")', () => {
  it('flags a gap of exactly 25 points, naming the highest and the lowest group', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(4)), ...people('mgr', 3, all(3.5)), ...people('front', 3, all(3))]),
    );
    expect(results.perceptionGaps).toEqual([
      {
        dimension: 'd1',
        gap: 25,
        high: 'exec',
        low: 'front',
        highPercent: 75,
        lowPercent: 50,
        flagged: true,
      },
      {
        dimension: 'd2',
        gap: 25,
        high: 'exec',
        low: 'front',
        highPercent: 75,
        lowPercent: 50,
        flagged: true,
      },
    ]);
  });

  it('does not flag a gap of 24.99 points', () => {
    // One dimension of 100 statements. exec: 3 people, all 5 (100 %). front: 25 people, all 4
    // except one 5 on one statement: that statement's mean 4.04, score 4.0004, 75.01 %.
    const wide = testInstrument({ dimensions: [100] });
    const statements = wide.dimensions[0]!.items.map((s) => s.id);
    const sheet = (value: number): Sheet => Object.fromEntries(statements.map((id) => [id, value]));
    const front = people('front', 25, sheet(4));
    front[0] = { ...front[0]!, sheet: { ...sheet(4), [statements[0]!]: 5 } };
    const results = scoreAudit(wide, answers([...people('exec', 3, sheet(5)), ...front]));
    const [gap] = results.perceptionGaps;
    expect(gap?.gap).toBeCloseTo(24.99, 9);
    expect(gap?.flagged).toBe(false);
    expect(results.actions.filter((a) => a.group === 'perception-gap')).toEqual([]);
  });

  it('compares at 6 decimal places: 24.9999996 is a gap, 24.999999 and 24.99 are not', () => {
    expect(isPerceptionGap(25)).toBe(true);
    expect(isPerceptionGap(24.9999996)).toBe(true);
    expect(isPerceptionGap(24.999999)).toBe(false);
    expect(isPerceptionGap(24.99)).toBe(false);
  });

  it('needs the dimension sufficient in at least two shown groups', () => {
    const results = scoreAudit(
      instrument,
      answers([
        ...people('exec', 3, all(5)),
        ...people('mgr', 3, { 'd1-1': 1, 'd1-2': 1 }), // d2 insufficient for mgr
        ...people('front', 3, { 'd1-1': 3, 'd2-1': 3 }),
      ]),
    );
    expect(results.perceptionGaps.map((g) => [g.dimension, g.high, g.low, g.gap])).toEqual([
      ['d1', 'exec', 'mgr', 100],
      ['d2', 'exec', 'front', 50],
    ]);
    const lone = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(5)), ...people('front', 3, { s1: 1, 'd1-1': 1 })], {
        groups: [GROUPS[0]!, GROUPS[2]!],
      }),
    );
    expect(lone.perceptionGaps.map((g) => g.dimension)).toEqual(['d1']);
  });

  it('names two different groups when percents tie: the earlier high, the later low', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(3)), ...people('front', 3, all(3))]),
    );
    expect(results.perceptionGaps[0]).toMatchObject({ gap: 0, high: 'exec', low: 'front', flagged: false });
  });

  it('leaves suppressed groups out', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(5)), ...people('mgr', 3, all(4)), ...people('front', 2, all(1))], {
        groups: [...GROUPS, { id: 'ops', name: 'Operations' }],
      }),
    );
    // front (2) suppressed; ops (0) suppressed too: two suppressed, so exec and mgr stay shown.
    expect(results.groups.map((g) => g.suppressed)).toEqual([false, false, true, true]);
    expect(results.perceptionGaps.map((g) => [g.high, g.low, g.gap])).toEqual([
      ['exec', 'mgr', 25],
      ['exec', 'mgr', 25],
    ]);
  });

  it('has no gap, no split and no gap action with fewer than two shown groups', () => {
    const one = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(5)), ...people('front', 2, all(1))]),
    );
    expect(one.groups.map((g) => g.suppressed)).toEqual([true, true]);
    expect([one.perceptionGaps, one.roleSplits]).toEqual([[], []]);
    expect(one.actions.some((a) => a.group === 'perception-gap')).toBe(false);
  });
});

describe('split by role (docs/spec/scoring.md, "Perception gap")', () => {
  it('is a split at a difference of exactly 1.0 between two shown groups', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [...people('exec', 3, { 'd1-1': 4, 'd1-2': 4 }), ...people('front', 3, { 'd1-1': 3, 'd1-2': 5 })],
        {
          groups: [GROUPS[0]!, GROUPS[2]!],
        },
      ),
    );
    expect(results.roleSplits).toEqual([
      { item: 'd1-1', high: 'exec', low: 'front', difference: 1, highMean: 4, lowMean: 3 },
      { item: 'd1-2', high: 'front', low: 'exec', difference: 1, highMean: 5, lowMean: 4 },
    ]);
  });

  it('is no split at 0.99', () => {
    // exec: 3 people answering 5. front: 100 people answering 4, one of them 5: mean 4.01.
    const front = people('front', 100, { 'd1-1': 4 });
    front[0] = { ...front[0]!, sheet: { 'd1-1': 5 } };
    const results = scoreAudit(instrument, answers([...people('exec', 3, { 'd1-1': 5 }), ...front]));
    expect(results.roleSplits).toEqual([]);
    expect(isRoleSplit(0.99)).toBe(false);
    expect(isRoleSplit(0.9999996)).toBe(true);
    expect(isRoleSplit(1)).toBe(true);
  });

  it('counts only groups with at least two non-null answers to the statement', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [
          { id: 'e1', group: 'exec', sheet: { 'd1-1': 5, 'd1-2': 5 } },
          { id: 'e2', group: 'exec', sheet: { 'd1-1': null, 'd1-2': 5 } },
          { id: 'e3', group: 'exec', sheet: { 'd1-2': 5 } },
          ...people('front', 3, { 'd1-1': 1, 'd1-2': 1 }),
        ],
        { groups: [GROUPS[0]!, GROUPS[2]!] },
      ),
    );
    expect(results.roleSplits.map((s) => s.item)).toEqual(['d1-2']);
  });
});

describe('participants without a group', () => {
  it('count for the team and for no group', () => {
    const persons = [
      ...people('exec', 3, all(4)),
      ...people('front', 3, all(2)),
      { id: 'solo', sheet: all(5) },
    ];
    const results = scoreAudit(instrument, answers(persons, { groups: [GROUPS[0]!, GROUPS[2]!] }));
    expect(results.items[0]?.n).toBe(7);
    expect(results.groups.map((g) => g.size)).toEqual([3, 3]);
    expect(group(results, 'exec').statements[0]?.mean).toBe(4);
  });

  it('leave the team results as they are without groups, apart from the gap actions', () => {
    const persons = [
      ...people('exec', 3, all(4)),
      ...people('front', 3, all(2)),
      { id: 'solo', sheet: all(5) },
    ];
    const grouped = scoreAudit(instrument, answers(persons, { groups: [GROUPS[0]!, GROUPS[2]!] }));
    const plain = scoreAudit(instrument, { ...answers(persons), groups: [], groupOf: new Map() });
    const team = ({ groups: _g, perceptionGaps: _p, roleSplits: _r, actions, ...rest }: AuditResults) => ({
      ...rest,
      actions: actions.filter((a) => a.group !== 'perception-gap'),
    });
    expect(team(grouped)).toEqual(team(plain));
    expect(plain).toMatchObject({ groups: [], perceptionGaps: [], roleSplits: [] });
  });
});

describe('perception-gap actions (docs/spec/scoring.md, "Actions")', () => {
  it('adds one action per flagged dimension, naming both groups, right after the misaligned statements, highest gap first', () => {
    const results = scoreAudit(
      instrument,
      answers(
        [
          ...people('exec', 3, { 'd1-1': 4, 'd1-2': 4, 'd2-1': 5, 'd2-2': 5, c1: 0 }),
          ...people('front', 3, { 'd1-1': 3, 'd1-2': 3, 'd2-1': 2, 'd2-2': 2, c1: 0 }),
          { id: 'split', sheet: { 'd1-1': 1, 'd1-2': 5 } },
        ],
        { groups: [GROUPS[0]!, GROUPS[2]!] },
      ),
    );
    const groupsInOrder = [...new Set(results.actions.map((a) => a.group))];
    expect(groupsInOrder.indexOf('perception-gap')).toBe(groupsInOrder.indexOf('misaligned') + 1);
    expect(groupsInOrder.indexOf('commitment')).toBe(groupsInOrder.indexOf('perception-gap') + 1);
    const gapActions = results.actions.filter((a) => a.group === 'perception-gap');
    // d2: 100 % against 25 %, gap 75; d1: 75 % against 50 %, gap 25.
    expect(gapActions.map((a) => [a.id, a.rule, a.title])).toEqual([
      ['a-gap-d2', 'perception-gap:d2', 'Compare how Executive team and Front line see Dimension 2'],
      ['a-gap-d1', 'perception-gap:d1', 'Compare how Executive team and Front line see Dimension 1'],
    ]);
    expect(gapActions[0]?.reason).toBe(
      'Executive team put Dimension 2 at 100 %, Front line at 25 %: a perception gap of 75 points.',
    );
    expect(gapActions[0]).toMatchObject({ urgent: false, horizonDays: 90, ownerRole: 'CEO' });
  });

  it('fills a group name that looks like a placeholder only once', () => {
    const results = scoreAudit(
      instrument,
      answers([...people('exec', 3, all(5)), ...people('front', 3, all(1))], {
        groups: [
          { id: 'exec', name: '{low}' },
          { id: 'front', name: 'Front line' },
        ],
      }),
    );
    expect(results.actions.find((a) => a.id === 'a-gap-d1')?.title).toBe(
      'Compare how {low} and Front line see Dimension 1',
    );
  });
});
