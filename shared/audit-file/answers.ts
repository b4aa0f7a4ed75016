import type { AuditAnswers } from '../scoring/inputs.ts';
import type { AuditFile } from './schema.ts';

/**
 * The id each contact of a file goes by in the results, in file order: its own when it has
 * one no earlier contact took, else `contact-N` by its position (N from 1, as the
 * recommendations name a contact), made unique should a file use such ids itself.
 */
export function contactIdsOf(contacts: AuditFile['contacts']): string[] {
  const taken = new Set<string>();
  return contacts.map((contact, position) => {
    let id = contact.id !== undefined && !taken.has(contact.id) ? contact.id : `contact-${position + 1}`;
    for (let n = 2; taken.has(id); n++) id = `contact-${position + 1}-${n}`;
    taken.add(id);
    return id;
  });
}

/**
 * What the scoring model needs from an audit file: answers with their rounds, contacts with
 * their ids, and the role groups. A stored audit is scored through its file (auditToFile),
 * so there is one way from a record to the scoring model.
 */
export function answersOf(file: AuditFile): AuditAnswers {
  const contactIds = contactIdsOf(file.contacts);
  return {
    participants: file.participants.map((p) => p.id),
    // Only what scores: the notes stay behind.
    responses: file.responses.map(({ participant, item, value, round }) =>
      round === undefined ? { participant, item, value } : { participant, item, value, round },
    ),
    consensus: file.consensus.map(({ item, value }) => ({ item, value })),
    contacts: file.contacts.map(({ name, category, importance, performance }, i) => ({
      id: contactIds[i] ?? `contact-${i + 1}`,
      name,
      category,
      importance,
      performance,
    })),
    groups: (file.groups ?? []).map(({ id, name }) => ({ id, name })),
    groupOf: new Map(
      file.participants.flatMap((p) => (p.group === undefined ? [] : [[p.id, p.group] as const])),
    ),
    ...(file.audit.minGroupSize === undefined ? {} : { minGroupSize: file.audit.minGroupSize }),
  };
}
