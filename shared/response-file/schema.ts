import { z } from 'zod';
import { id, name, note, scaleValue, shortText } from '../audit-file/fields.ts';

import { CURRENT_RESPONSE_FORMAT_VERSION, RESPONSE_FILE_FORMAT } from './format.ts';

export { CURRENT_RESPONSE_FORMAT_VERSION, RESPONSE_FILE_FORMAT };

/**
 * One person's answers collected away from the app (the pre-work form). Its structure only;
 * whether it fits an audit (its id, instrument, items, scales and groups) is checked in
 * validate.ts against that audit.
 */
export const responseFileSchema = z.object({
  format: z.literal(RESPONSE_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_RESPONSE_FORMAT_VERSION),
  instrument: z.strictObject({ id, version: id }),
  audit: z.strictObject({ id: z.uuid('must be a UUID') }),
  participant: z.strictObject({
    name: name.optional(),
    role: shortText.optional(),
    /** The id of one of the audit's groups. */
    group: id.optional(),
    /** The seat the form was made for, when it was made for one. */
    seat: id.optional(),
  }),
  responses: z.array(z.strictObject({ item: id, value: scaleValue.nullable(), note: note.optional() })),
  submittedAt: z.iso.datetime({
    offset: true,
    message: 'must be a date and time written like 2026-11-20T09:12:00Z',
  }),
});

/** A validated response file. */
export type ResponseFile = z.infer<typeof responseFileSchema>;
