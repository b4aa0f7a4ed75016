import { z } from 'zod';
import {
  accentColor,
  actionStatusSchema,
  auditStatusSchema,
  contactCategorySchema,
  id,
  isoDate,
  logo,
  name,
  note,
  rating,
  scaleValue,
  shortText,
} from './fields.ts';

/** The `format` marker every audit file carries (interfaces.md). */
export const AUDIT_FILE_FORMAT = 'reality-check-audit';

/** The newest audit file format this app reads and the one it writes. */
export const CURRENT_FORMAT_VERSION = 1;

export const brandingSchema = z.strictObject({
  accentColor: accentColor.optional(),
  logo: logo.optional(),
});

/** The structure of a current-format audit file; cross-references are checked in validate.ts. */
export const auditFileSchema = z.object({
  format: z.literal(AUDIT_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  instrument: z.strictObject({ id, version: id }),
  audit: z.strictObject({
    id: z.uuid('must be a UUID').optional(),
    title: name,
    organization: name,
    date: isoDate,
    facilitator: shortText.optional(),
    status: auditStatusSchema,
    branding: brandingSchema.optional(),
    /** Whether the reveal and the report show anonymous codes instead of names. */
    anonymous: z.boolean().optional(),
    /** The audit this one re-assesses, when it is a re-assessment. */
    previousAuditId: z.uuid('must be a UUID').optional(),
    /** When the reveal started; absent while scoring is still blind (and in files from before it was kept). */
    revealedAt: z.iso.datetime('must be a UTC date and time such as 2026-11-23T10:30:00Z').optional(),
  }),
  participants: z.array(
    z.strictObject({
      id,
      name,
      role: shortText.optional(),
      /** Shown instead of the name when the report is anonymous. */
      code: z.string().max(20).optional(),
    }),
  ),
  responses: z.array(
    z.strictObject({
      participant: id,
      item: id,
      value: scaleValue.nullable(),
      note: note.optional(),
    }),
  ),
  consensus: z.array(z.strictObject({ item: id, value: scaleValue, note: note.optional() })).default([]),
  /** Discussion notes recorded during the reveal, one per item at most. */
  discussion: z.array(z.strictObject({ item: id, note })).default([]),
  contacts: z
    .array(
      z.strictObject({
        id: id.optional(),
        name,
        category: contactCategorySchema,
        importance: rating,
        performance: rating,
        note: note.optional(),
      }),
    )
    .default([]),
  actions: z
    .array(
      z.strictObject({
        id: id.optional(),
        title: name,
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.default('open'),
        source: id,
      }),
    )
    .default([]),
});

/** A validated audit file, as the app reads and writes it. */
export type AuditFile = z.infer<typeof auditFileSchema>;
