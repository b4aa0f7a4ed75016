import { z } from 'zod';

/** The `format` marker every audit file carries (interfaces.md). */
export const AUDIT_FILE_FORMAT = 'reality-check-audit';

/** The newest audit file format this app reads and the one it writes. */
export const CURRENT_FORMAT_VERSION = 1;

const MAX_NAME = 300;
const MAX_NOTE = 20_000;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_NAME, `must be at most ${MAX_NAME} characters`);
const note = z.string().max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`);
const id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const isoDate = z.string().refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');
const scaleValue = z.int('must be a whole number');

export const auditStatusSchema = z.enum(['in-progress', 'complete']);
export const actionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export const contactCategorySchema = z.enum(['rescue', 'revenue', 'request', 'relationship']);

export const brandingSchema = z.strictObject({
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #RRGGBB')
    .optional(),
  /** A PNG or JPEG logo as a data: URL, so the file stays self-contained. */
  logo: z
    .string()
    .max(2_000_000, 'must be at most 2 MB')
    .regex(
      /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/,
      'must be a PNG or JPEG image as a base64 data URL',
    )
    .optional(),
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
    facilitator: z.string().max(MAX_NAME).optional(),
    status: auditStatusSchema,
    branding: brandingSchema.optional(),
    /** The audit this one re-assesses, when it is a re-assessment. */
    previousAuditId: z.uuid('must be a UUID').optional(),
  }),
  participants: z.array(
    z.strictObject({
      id,
      name,
      role: z.string().max(MAX_NAME).optional(),
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
        name,
        category: contactCategorySchema,
        importance: scaleValue.min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
        performance: scaleValue.min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
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
        owner: z.string().max(MAX_NAME).optional(),
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
