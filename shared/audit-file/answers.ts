import type { AuditAnswers } from '../scoring/inputs.ts';
import type { AuditFile } from './schema.ts';

/** What the scoring model needs from an audit file: answers with their rounds, and the role groups. */
export function answersOf(file: AuditFile): AuditAnswers {
  return {
    participants: file.participants.map((p) => p.id),
    responses: file.responses.map(({ participant, item, value, round }) =>
      round === undefined ? { participant, item, value } : { participant, item, value, round },
    ),
    consensus: file.consensus.map(({ item, value }) => ({ item, value })),
    contacts: file.contacts.map(({ name, category, importance, performance }) => ({
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
