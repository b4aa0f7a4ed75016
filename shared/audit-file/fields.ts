import { z } from 'zod';
import { CONTACT_CATEGORIES } from '../instrument/contact-categories.ts';
import { formatCount, MAX_CODE, MAX_COMMENTARY, MAX_ID, MAX_LOGO, MAX_NAME, MAX_NOTE } from '../limits.ts';
import { isBlank, textProblem } from './text-rules.ts';

/** Field rules shared by the audit file and the API, so both accept exactly the same values. */

export { MAX_NAME, MAX_NOTE };

/**
 * A text field: at most one problem per field (control characters, blank, too long), so a
 * bad value gives one line, and the line never quotes the value.
 */
function text(options: {
  readonly max: number;
  readonly required: boolean;
  readonly multiline?: boolean;
  /** Leading and trailing spaces are dropped (names and titles), not kept (notes, identifiers). */
  readonly trim?: boolean;
}) {
  const schema = options.trim ? z.string().trim() : z.string();
  return schema.superRefine((value, ctx) => {
    const problem =
      textProblem(value, { multiline: options.multiline ?? false }) ??
      (isBlank(value) && (options.required || (!options.multiline && value !== ''))
        ? options.required
          ? 'must not be empty'
          : 'must not be made only of invisible characters'
        : null) ??
      (value.length > options.max
        ? `must be at most ${formatCount(options.max)} characters (it has ${formatCount(value.length)})`
        : null);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A person's, organization's or contact's name, or a title: trimmed, one line, not empty. */
export const name = text({ max: MAX_NAME, required: true, trim: true });

/** Free text: notes, descriptions, success measures. Line breaks and tabs are kept. */
export const note = text({ max: MAX_NOTE, required: false, multiline: true });

/** The consultant's commentary, on the summary or on one dimension: free text, line breaks kept. */
export const commentaryText = text({ max: MAX_COMMENTARY, required: false, multiline: true });

/** A short free text that may be empty: role, facilitator, owner. */
export const shortText = text({ max: MAX_NAME, required: false, trim: true });

/** An identifier chosen by a file or the app. */
export const id = text({ max: MAX_ID, required: true });

/** A participant's anonymous code, shown instead of the name. */
export const code = text({ max: MAX_CODE, required: false });

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');

/** An answer on an item's scale; which scale is checked against the instrument. */
export const scaleValue = z.int('must be a whole number');

/** A rating of a priority contact. */
export const rating = scaleValue.min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');

/** Where an audit stands: still being run, or finished. */
export const auditStatusSchema = z.enum(['in-progress', 'complete']);
export type AuditStatus = z.infer<typeof auditStatusSchema>;

/** Where an action of the team's plan stands. */
export const actionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/**
 * What a re-assessment's review found of an action of last time's plan: done, still in
 * progress, dropped, or carried into the new plan (where it becomes an action of the new audit).
 */
export const reviewOutcomeSchema = z.enum(['done', 'in-progress', 'dropped', 'carried']);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

export const contactCategorySchema = z.enum(CONTACT_CATEGORIES);
export const accentColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #RRGGBB');
/** A PNG or JPEG logo as a data: URL, so an audit stays self-contained. */
export const logo = z
  .string()
  .max(MAX_LOGO, 'must be at most 2 MB')
  .regex(
    /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/,
    'must be a PNG or JPEG image as a base64 data URL',
  );

/**
 * Whose firm branding (name and logo beside the client's) an audit's report carries: the one
 * set in this installation's settings, the audit's own, or none.
 */
export const firmBrandingUseSchema = z.enum(['installation', 'own', 'none']);
export type FirmBrandingUse = z.infer<typeof firmBrandingUseSchema>;
