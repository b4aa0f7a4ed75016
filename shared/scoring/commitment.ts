import type { Instrument } from '../instrument/types.ts';
import { atLeast, mean } from './numbers.ts';
import type { CommitmentResult, ItemResult, TargetResult, TargetState } from './results.ts';

/** How a commitment item is answered on balance, in the words of its scale. */
export type Balance = 'No' | 'Partly' | 'Yes';

/**
 * A commitment item's team value on balance: No below 1 (docs/spec/scoring.md, "Commitment
 * check and accountability targets"), Yes from 1.5, Partly between.
 */
export function onBalance(value: number): Balance {
  if (!atLeast(value, 1)) return 'No';
  return atLeast(value, 1.5) ? 'Yes' : 'Partly';
}

/** Commitment percent and the items that are "No" on balance (docs/spec/scoring.md, "Commitment check and accountability targets"). */
export function scoreCommitment(
  instrument: Instrument,
  items: ReadonlyMap<string, ItemResult>,
): CommitmentResult {
  const values: number[] = [];
  const no: string[] = [];
  for (const question of instrument.commitment) {
    const value = items.get(question.id)?.value ?? null;
    if (value === null) continue;
    values.push(value);
    if (onBalance(value) === 'No') no.push(question.id);
  }
  const average = mean(values);
  return { percent: average === undefined ? null : (average / 2) * 100, no };
}

/** The state of one accountability target from its team value (docs/spec/scoring.md, "Commitment check and accountability targets"). */
export function targetState(value: number): TargetState {
  if (atLeast(value, 1.5)) return 'in place';
  if (atLeast(value, 0.5)) return 'partial';
  return 'missing';
}

/** Each accountability target's team value and state. */
export function scoreTargets(instrument: Instrument, items: ReadonlyMap<string, ItemResult>): TargetResult[] {
  return instrument.targets.map((target) => {
    const value = items.get(target.id)?.value ?? null;
    return { id: target.id, value, state: value === null ? null : targetState(value) };
  });
}
