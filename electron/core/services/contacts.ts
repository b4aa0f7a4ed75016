import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Contact } from '../../../shared/api/models.ts';
import { MAX_CONTACTS } from '../../../shared/limits.ts';
import {
  countContacts,
  deleteContact,
  getContact,
  insertContact,
  updateContact,
} from '../db/repositories/contacts.ts';
import type { Storage } from '../db/storage.ts';
import { addRecord, editRecord, removeRecord, type RecordKind } from './audit-records.ts';

const CONTACTS: RecordKind<Contact> = {
  get: getContact,
  count: countContacts,
  insert: insertContact,
  update: updateContact,
  remove: deleteContact,
  max: MAX_CONTACTS,
  full: `An audit lists at most ${MAX_CONTACTS} priority contacts; remove one before adding another.`,
  missing: (id) => `There is no contact ${id} in this audit.`,
};

/** Adds a priority customer contact with its category and ratings. */
export function addContact(storage: Storage, args: MethodArgs<'contacts.add'>): Contact {
  return addRecord(storage, CONTACTS, args.auditId, () => ({
    id: randomUUID(),
    name: args.name,
    category: args.category,
    importance: args.importance,
    performance: args.performance,
    note: args.note ?? '',
  }));
}

/** Changes a contact's name, category, ratings or note. */
export function editContact(storage: Storage, args: MethodArgs<'contacts.update'>): Contact {
  return editRecord(storage, CONTACTS, args.auditId, args.contactId, (current) => ({
    ...current,
    name: args.name ?? current.name,
    category: args.category ?? current.category,
    importance: args.importance ?? current.importance,
    performance: args.performance ?? current.performance,
    note: args.note ?? current.note,
  }));
}

/** Removes a contact from the audit's list. */
export function removeContact(storage: Storage, args: MethodArgs<'contacts.remove'>): { id: string } {
  return removeRecord(storage, CONTACTS, args.auditId, args.contactId);
}
