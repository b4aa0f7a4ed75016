import { z } from 'zod';
import { actionStatusSchema, id, isoDate, name, note, shortText } from '../../audit-file/fields.ts';
import type { PlanAction } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** The team's action plan: accepted recommendations and its own actions. */
export const actionMethods = {
  'actions.add': auditEdit<PlanAction>()(
    auditId
      .extend({
        title: name,
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.or(z.literal('')).optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.optional(),
        source: id.optional(),
      })
      .strict(),
  ),
  'actions.update': auditEdit<PlanAction>()(
    auditId
      .extend({
        actionId: id,
        title: name.optional(),
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.or(z.literal('')).optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.optional(),
      })
      .strict(),
  ),
  'actions.remove': auditEdit<{ id: string }>()(auditId.extend({ actionId: id }).strict()),
};
