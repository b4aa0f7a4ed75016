import { id, note, scaleValue } from '../../audit-file/fields.ts';
import type { Response } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** Blind answers: saved one at a time, taken back; locked once the reveal has started. */
export const responseMethods = {
  'responses.save': auditEdit<Response>()(
    auditId
      .extend({ participantId: id, itemId: id, value: scaleValue.nullable(), note: note.optional() })
      .strict(),
  ),
  'responses.clear': auditEdit<{ cleared: boolean }>()(
    auditId.extend({ participantId: id, itemId: id }).strict(),
  ),
};
