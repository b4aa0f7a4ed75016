import type { AuditFile } from '../../../../shared/audit-file/schema.ts';
import type { AuditResults, RecommendedAction } from '../../../../shared/scoring/results.ts';

/** One action of the team's plan as the audit file records it. */
export type PlannedAction = AuditFile['actions'][number];

/**
 * The team's plan as the report presents it, worked out once for the summary and the action
 * plan so both count the same things: what the team agreed, what it dropped, and which
 * recommendations it has not decided on yet.
 */
export type PlanView = {
  /** Actions the team agreed (every status but dropped): open and in progress first, done last, else in plan order. */
  readonly agreed: readonly PlannedAction[];
  /** Actions the team dropped: shown apart, never as the plan. */
  readonly dropped: readonly PlannedAction[];
  /** Recommendations no action of the plan comes from (agreed or dropped), in the scoring model's order. */
  readonly undecided: readonly RecommendedAction[];
};

/** True when an agreed action has no named owner: a wish, not a commitment. */
export function hasOwner(action: PlannedAction): boolean {
  return action.owner !== undefined && action.owner.trim() !== '';
}

/** Sorts the plan into agreed, dropped and the recommendations still undecided. */
export function planView(file: AuditFile, results: AuditResults): PlanView {
  const agreed = file.actions
    .filter((a) => a.status !== 'dropped')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => Number(x.a.status === 'done') - Number(y.a.status === 'done') || x.i - y.i)
    .map(({ a }) => a);
  const dropped = file.actions.filter((a) => a.status === 'dropped');
  const decided = new Set(file.actions.map((a) => a.source));
  const undecided = results.actions.filter((r) => !decided.has(r.id) && !decided.has(r.libraryId));
  return { agreed, dropped, undecided };
}
