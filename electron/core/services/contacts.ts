import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Contact } from '../../../shared/api/models.ts';
import { MAX_CONTACTS } from '../../../shared/limits.ts';
import { markAuditChanged } from '../db/repositories/audits.ts';
import {
  countContacts,
  deleteContact,
  getContact,
  insertContact,
  updateContact,
} from '../db/repositories/contacts.ts';
import type { Store } from '../db/store.ts';
import { requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { writeTransaction } from '../db/write.ts';

function requireContact(store: Store, auditId: string, id: string): Contact {
  const found = getContact(store.db, auditId, id);
  if (!found) throw new NotFoundError(`There is no contact ${id} in this audit.`);
  return found;
}

/** Adds a priority customer contact with its category and ratings. */
export function addContact(store: Store, args: MethodArgs<'contacts.add'>): Contact {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    if (countContacts(store.db, args.auditId) >= MAX_CONTACTS) {
      throw new ConflictError(
        `An audit lists at most ${MAX_CONTACTS} priority contacts; remove one before adding another.`,
      );
    }
    const contact: Contact = {
      id: randomUUID(),
      name: args.name,
      category: args.category,
      importance: args.importance,
      performance: args.performance,
      note: args.note ?? '',
    };
    insertContact(store.db, args.auditId, contact);
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
    return contact;
  });
}

/** Changes a contact's name, category, ratings or note. */
export function editContact(store: Store, args: MethodArgs<'contacts.update'>): Contact {
  return writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    const current = requireContact(store, args.auditId, args.contactId);
    const next: Contact = {
      ...current,
      name: args.name ?? current.name,
      category: args.category ?? current.category,
      importance: args.importance ?? current.importance,
      performance: args.performance ?? current.performance,
      note: args.note ?? current.note,
    };
    updateContact(store.db, args.auditId, next);
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
    return next;
  });
}

export function removeContact(store: Store, args: MethodArgs<'contacts.remove'>): { id: string } {
  writeTransaction(store, () => {
    requireLiveAudit(store.db, args.auditId);
    requireContact(store, args.auditId, args.contactId);
    deleteContact(store.db, args.auditId, args.contactId);
    markAuditChanged(store.db, args.auditId, store.clock().toISOString());
  });
  return { id: args.contactId };
}
