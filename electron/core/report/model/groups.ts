import type {
  AuditResults,
  PerceptionGapResult,
  VisibleGroupResult,
} from '../../../../shared/scoring/results.ts';

/** What the report says about the role groups, gathered once from the results (no number is computed here). */
export type GroupFacts = {
  /** Each group's name by id. */
  readonly names: ReadonlyMap<string, string>;
  /** The groups whose figures are shown, in audit order. */
  readonly visible: readonly VisibleGroupResult[];
  /** The dimensions' gaps flagged as perception gaps, largest first (instrument order on a tie). */
  readonly flagged: readonly PerceptionGapResult[];
};

/** The role groups of an audit as the report shows them; null when the audit has none. */
export function groupFacts(results: AuditResults): GroupFacts | null {
  if (results.groups.length === 0) return null;
  return {
    names: new Map(results.groups.map((g) => [g.id, g.name])),
    visible: results.groups.filter((g): g is VisibleGroupResult => !g.suppressed),
    // A stable sort keeps instrument order among equal gaps.
    flagged: results.perceptionGaps.filter((p) => p.flagged).sort((a, b) => b.gap - a.gap),
  };
}

/** Why a suppressed group is not shown: too few answered, or held back with the one group that is too small. */
export function suppressedWhy(size: number, minGroupSize: number): string {
  return size < minGroupSize
    ? `not shown: fewer than ${minGroupSize} answered`
    : `not shown: held back with the small group, so its figures cannot be worked out`;
}
