import type { Instrument } from '../instrument/types.ts';
import { atLeast, mean } from './numbers.ts';
import type { CommitmentResult, ItemResult, TargetResult, TargetState } from './results.ts';

/** Commitment percent and the items that are "No" on balance (scoring.md, "Commitment check"). */
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
    if (!atLeast(value, 1)) no.push(question.id);
  }
  const average = mean(values);
  return { percent: average === undefined ? null : (average / 2) * 100, no };
}

/** The state of one accountability target from its team value. */
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
