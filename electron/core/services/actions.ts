import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { PlanAction } from '../../../shared/api/models.ts';
import { formatCount, MAX_ACTIONS } from '../../../shared/limits.ts';
import {
  countActions,
  deleteAction,
  getAction,
  insertAction,
  updateAction,
} from '../db/repositories/actions.ts';
import type { Storage } from '../db/storage.ts';
import { addRecord, editRecord, removeRecord, type RecordKind } from './audit-records.ts';

const ACTIONS: RecordKind<PlanAction> = {
  get: getAction,
  count: countActions,
  insert: insertAction,
  update: updateAction,
  remove: deleteAction,
  max: MAX_ACTIONS,
  full: `A plan has at most ${formatCount(MAX_ACTIONS)} actions; remove one before adding another.`,
  missing: (id) => `There is no action ${id} in this audit's plan.`,
};

/** Adds an action to the team's plan: an accepted recommendation (its id as source) or a custom one. */
export function addAction(storage: Storage, args: MethodArgs<'actions.add'>): PlanAction {
  return addRecord(storage, ACTIONS, args.auditId, () => ({
    id: randomUUID(),
    title: args.title,
    description: args.description ?? '',
    owner: args.owner ?? '',
    due: args.due ?? '',
    successMeasure: args.successMeasure ?? '',
    status: args.status ?? 'open',
    source: args.source ?? 'custom',
  }));
}

/** Edits an action: title, description, owner, due date, success measure or status. */
export function editAction(storage: Storage, args: MethodArgs<'actions.update'>): PlanAction {
  return editRecord(storage, ACTIONS, args.auditId, args.actionId, (current) => ({
    ...current,
    title: args.title ?? current.title,
    description: args.description ?? current.description,
    owner: args.owner ?? current.owner,
    due: args.due ?? current.due,
    successMeasure: args.successMeasure ?? current.successMeasure,
    status: args.status ?? current.status,
  }));
}

/** Removes an action from the plan. */
export function removeAction(storage: Storage, args: MethodArgs<'actions.remove'>): { id: string } {
  return removeRecord(storage, ACTIONS, args.auditId, args.actionId);
}
