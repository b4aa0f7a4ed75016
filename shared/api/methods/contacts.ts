import { contactCategorySchema, id, name, note, rating } from '../../audit-file/fields.ts';
import type { Contact } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** The team's priority customer contacts (moments of truth), rated for importance and performance. */
export const contactMethods = {
  'contacts.add': auditEdit<Contact>()(
    auditId
      .extend({
        name,
        category: contactCategorySchema,
        importance: rating,
        performance: rating,
        note: note.optional(),
      })
      .strict(),
  ),
  'contacts.update': auditEdit<Contact>()(
    auditId
      .extend({
        contactId: id,
        name: name.optional(),
        category: contactCategorySchema.optional(),
        importance: rating.optional(),
        performance: rating.optional(),
        note: note.optional(),
      })
      .strict(),
  ),
  'contacts.remove': auditEdit<{ id: string }>()(auditId.extend({ contactId: id }).strict()),
};
