import type { AuditAnswers } from '../scoring/inputs.ts';
import type { AuditFile } from './schema.ts';

/** What the scoring model needs from an audit file. */
export function answersOf(file: AuditFile): AuditAnswers {
  return {
    participants: file.participants.map((p) => p.id),
    responses: file.responses.map(({ participant, item, value }) => ({ participant, item, value })),
    consensus: file.consensus.map(({ item, value }) => ({ item, value })),
    contacts: file.contacts.map(({ name, category, importance, performance }) => ({
      name,
      category,
      importance,
      performance,
    })),
  };
}
