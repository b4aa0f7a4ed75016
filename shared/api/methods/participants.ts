import { z } from 'zod';
import { id, name, shortText } from '../../audit-file/fields.ts';
import { MAX_PARTICIPANTS } from '../../limits.ts';
import type { Participant } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/**
 * The people who score: add, rename, reorder, remove (with their answers), and put in a role
 * group (`groupId`: one of the audit's groups; null takes the participant out of theirs).
 */
export const participantMethods = {
  'participants.add': auditEdit<Participant>()(
    auditId.extend({ name, role: shortText.optional(), groupId: id.nullable().optional() }).strict(),
  ),
  'participants.update': auditEdit<Participant>()(
    auditId
      .extend({
        participantId: id,
        name: name.optional(),
        role: shortText.optional(),
        groupId: id.nullable().optional(),
      })
      .strict(),
  ),
  /** Removes the participant and their answers. */
  'participants.remove': auditEdit<{ id: string }>()(auditId.extend({ participantId: id }).strict()),
  'participants.reorder': auditEdit<Participant[]>()(
    auditId.extend({ participantIds: z.array(id).max(MAX_PARTICIPANTS) }).strict(),
  ),
};
