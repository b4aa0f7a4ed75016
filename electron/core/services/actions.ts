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
import type { Store } from '../db/store.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { writeTransaction } from '../db/write.ts';

function requireAction(store: Store, auditId: string, id: string): PlanAction {
  const found = getAction(store.db, auditId, id);
  if (!found) throw new NotFoundError(`There is no action ${id} in this audit's plan.`);
  return found;
}

/** Adds an action to the team's plan: an accepted recommendation (its id as source) or a custom one. */
export function addAction(store: Store, args: MethodArgs<'actions.add'>): PlanAction {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    if (countActions(store.db, args.auditId) >= MAX_ACTIONS) {
      throw new ConflictError(
        `A plan has at most ${formatCount(MAX_ACTIONS)} actions; remove one before adding another.`,
      );
    }
    const action: PlanAction = {
      id: randomUUID(),
      title: args.title,
      description: args.description ?? '',
      owner: args.owner ?? '',
      due: args.due ?? '',
      successMeasure: args.successMeasure ?? '',
      status: args.status ?? 'open',
      source: args.source ?? 'custom',
    };
    insertAction(store.db, args.auditId, action, store.clock().toISOString());
    return action;
  });
}

/** Edits an action: title, description, owner, due date, success measure or status. */
export function editAction(store: Store, args: MethodArgs<'actions.update'>): PlanAction {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    const current = requireAction(store, args.auditId, args.actionId);
    const next: PlanAction = {
      ...current,
      title: args.title ?? current.title,
      description: args.description ?? current.description,
      owner: args.owner ?? current.owner,
      due: args.due ?? current.due,
      successMeasure: args.successMeasure ?? current.successMeasure,
      status: args.status ?? current.status,
    };
    updateAction(store.db, args.auditId, next, store.clock().toISOString());
    return next;
  });
}

export function removeAction(store: Store, args: MethodArgs<'actions.remove'>): { id: string } {
  writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    requireAction(store, args.auditId, args.actionId);
    deleteAction(store.db, args.auditId, args.actionId);
  });
  return { id: args.actionId };
}
