import { api } from '../../api.ts';
import { sendEdit, withoutRow, withRow } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

type PlanActions = Pick<
  AuditState,
  | 'addContact'
  | 'editContact'
  | 'removeContact'
  | 'addAction'
  | 'editAction'
  | 'removeAction'
  | 'setPlanReview'
>;

/** The priority contacts and the action plan: each change shows once it is saved. */
export function planActions(access: AuditStoreAccess): PlanActions {
  return {
    addContact: (fields) =>
      sendEdit(
        access,
        (auditId) => api['contacts.add']({ auditId, ...fields }),
        (detail, contact) => ({ ...detail, contacts: withRow(detail.contacts, contact) }),
      ),
    editContact: (contactId, fields) =>
      sendEdit(
        access,
        (auditId) => api['contacts.update']({ auditId, contactId, ...fields }),
        (detail, contact) => ({ ...detail, contacts: withRow(detail.contacts, contact) }),
      ),
    removeContact: (contactId) =>
      sendEdit(
        access,
        (auditId) => api['contacts.remove']({ auditId, contactId }),
        (detail, removed) => ({ ...detail, contacts: withoutRow(detail.contacts, removed.id) }),
      ),

    addAction: (fields) =>
      sendEdit(
        access,
        (auditId) => api['actions.add']({ auditId, ...fields }),
        (detail, action) => ({ ...detail, actions: withRow(detail.actions, action) }),
      ),
    editAction: (actionId, fields) =>
      sendEdit(
        access,
        (auditId) => api['actions.update']({ auditId, actionId, ...fields }),
        (detail, action) => ({ ...detail, actions: withRow(detail.actions, action) }),
      ),
    removeAction: (actionId) =>
      sendEdit(
        access,
        (auditId) => api['actions.remove']({ auditId, actionId }),
        (detail, removed) => ({ ...detail, actions: withoutRow(detail.actions, removed.id) }),
      ),
    // The review may add or remove an action of the plan: the answer is the whole audit.
    setPlanReview: (actionId, outcome, note) =>
      sendEdit(
        access,
        (auditId) =>
          api['planReview.set']({ auditId, actionId, outcome, ...(note === undefined ? {} : { note }) }),
        (_detail, updated) => updated,
      ),
  };
}
