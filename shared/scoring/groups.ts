import type { Catalog } from '../instrument/catalog.ts';
import type { Instrument } from '../instrument/types.ts';
import { dimensionFigures, readinessIndex } from './dimensions.ts';
import { DEFAULT_MIN_GROUP_SIZE, type AuditAnswers, type ScoredGroup } from './inputs.ts';
import { atLeast, mean, round6 } from './numbers.ts';
import type {
  GroupResult,
  GroupsResult,
  GroupStatementResult,
  PerceptionGapResult,
  RoleSplitResult,
  VisibleGroupResult,
} from './results.ts';
import { finalRoundAnswers } from './rounds.ts';

/** A gap between two groups' percents of this many points or more is a perception gap (one step on 1–5). */
export const PERCEPTION_GAP_AT = 25;
/** Group means of one statement this far apart or more are a split by role. */
export const ROLE_SPLIT_AT = 1.0;
/** A group needs this many non-null answers to a statement for its mean to count in a split. */
const SPLIT_MIN_ANSWERS = 2;

/** A gap of 25 points or more between two groups' percents is a perception gap (compared at 6 decimals). */
export function isPerceptionGap(gap: number): boolean {
  return atLeast(gap, PERCEPTION_GAP_AT);
}

/** Two groups' means of a statement 1.0 or more apart are a split by role (compared at 6 decimals). */
export function isRoleSplit(difference: number): boolean {
  return atLeast(difference, ROLE_SPLIT_AT);
}

/**
 * Which groups are suppressed (docs/spec/scoring.md, "Suppression"): those below `minGroupSize`, and,
 * when exactly one is and at least one is not, also the smallest unsuppressed one (ties:
 * the later in audit order), so no suppressed group's figures follow from the others.
 */
export function suppressedGroups(sizes: readonly number[], minGroupSize: number): boolean[] {
  const suppressed = sizes.map((size) => !atLeast(size, minGroupSize));
  const count = suppressed.filter(Boolean).length;
  if (count === 1 && count < sizes.length) {
    let smallest = -1;
    sizes.forEach((size, i) => {
      if (!suppressed[i] && (smallest < 0 || size <= (sizes[smallest] ?? 0))) smallest = i;
    });
    suppressed[smallest] = true;
  }
  return suppressed;
}

/**
 * The highest and lowest of the groups' values, by id. Values are compared at 6 decimals;
 * on a tie the earlier group in audit order is the high one and the later the low one, so
 * two different groups are always named.
 */
function extremes(
  candidates: readonly { readonly id: string; readonly value: number }[],
): { high: { id: string; value: number }; low: { id: string; value: number } } | null {
  if (candidates.length < 2) return null;
  let high = candidates[0]!;
  let low = candidates[0]!;
  for (const c of candidates.slice(1)) {
    if (round6(c.value) > round6(high.value)) high = c;
    if (round6(c.value) <= round6(low.value)) low = c;
  }
  return { high, low };
}

/**
 * Role groups and the perception gap (docs/spec/scoring.md): each group's size, suppression and own
 * figures from its members' final-round answers (no team consensus), the gap of each
 * dimension across the shown groups, and the statements split by role. The team results
 * are not touched.
 */
export function scoreGroups(instrument: Instrument, catalog: Catalog, answers: AuditAnswers): GroupsResult {
  const groups: readonly ScoredGroup[] = answers.groups ?? [];
  if (groups.length === 0) return { groups: [], perceptionGaps: [], roleSplits: [] };
  const groupOf = answers.groupOf ?? new Map<string, string>();
  const minGroupSize = answers.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;

  // Per group: each statement's non-null final-round answers, and who gave at least one.
  const values = new Map(groups.map((g) => [g.id, new Map<string, number[]>()]));
  const counted = new Map(groups.map((g) => [g.id, new Set<string>()]));
  for (const response of finalRoundAnswers(answers.responses)) {
    if (response.value === null || catalog.get(response.item)?.kind !== 'statement') continue;
    const group = groupOf.get(response.participant);
    const own = group === undefined ? undefined : values.get(group);
    const members = group === undefined ? undefined : counted.get(group);
    if (!own || !members) continue;
    const list = own.get(response.item) ?? [];
    list.push(response.value);
    own.set(response.item, list);
    members.add(response.participant);
  }

  const sizes = groups.map((g) => counted.get(g.id)?.size ?? 0);
  const suppressed = suppressedGroups(sizes, minGroupSize);
  const weights = instrument.dimensions.map((d) => d.weight);
  const results: GroupResult[] = groups.map((group, i) => {
    const size = sizes[i] ?? 0;
    if (suppressed[i]) return { id: group.id, name: group.name, size, suppressed: true };
    const own = values.get(group.id) ?? new Map<string, number[]>();
    const statements: GroupStatementResult[] = instrument.dimensions.flatMap((d) =>
      d.items.map((s) => {
        // Sorted so the floating-point sums never depend on the order answers arrived in.
        const answered = [...(own.get(s.id) ?? [])].sort((a, b) => a - b);
        return { id: s.id, n: answered.length, mean: mean(answered) ?? null };
      }),
    );
    const meanOf = new Map(statements.map((s) => [s.id, s.mean]));
    const dimensions = instrument.dimensions.map((d) => ({
      id: d.id,
      ...dimensionFigures(d, (id) => meanOf.get(id) ?? null),
    }));
    return {
      id: group.id,
      name: group.name,
      size,
      suppressed: false,
      index: readinessIndex(dimensions, weights),
      dimensions,
      statements,
    };
  });

  const shown = results.filter((g): g is VisibleGroupResult => !g.suppressed);
  const perceptionGaps: PerceptionGapResult[] = instrument.dimensions.flatMap((d, di) => {
    const pair = extremes(
      shown.flatMap((g) => {
        const figures = g.dimensions[di];
        return figures && !figures.insufficient && figures.percent !== null
          ? [{ id: g.id, value: figures.percent }]
          : [];
      }),
    );
    if (!pair) return [];
    const gap = pair.high.value - pair.low.value;
    return [
      {
        dimension: d.id,
        gap,
        high: pair.high.id,
        low: pair.low.id,
        highPercent: pair.high.value,
        lowPercent: pair.low.value,
        flagged: isPerceptionGap(gap),
      },
    ];
  });

  const roleSplits: RoleSplitResult[] = instrument.dimensions
    .flatMap((d) => d.items)
    .flatMap((s, si) => {
      const pair = extremes(
        shown.flatMap((g) => {
          const own = g.statements[si];
          return own && own.n >= SPLIT_MIN_ANSWERS && own.mean !== null
            ? [{ id: g.id, value: own.mean }]
            : [];
        }),
      );
      if (!pair) return [];
      const difference = pair.high.value - pair.low.value;
      return isRoleSplit(difference)
        ? [
            {
              item: s.id,
              high: pair.high.id,
              low: pair.low.id,
              difference,
              highMean: pair.high.value,
              lowMean: pair.low.value,
            },
          ]
        : [];
    });

  return { groups: results, perceptionGaps, roleSplits };
}
