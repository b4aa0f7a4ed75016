import { z } from 'zod';

/** Field rules shared by the audit file and the API, so both accept exactly the same values. */

export const MAX_NAME = 300;
export const MAX_NOTE = 20_000;

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A person's, organization's or contact's name, or a title: trimmed, not empty. */
export const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_NAME, `must be at most ${MAX_NAME} characters`);

/** Free text: notes, descriptions, success measures. */
export const note = z.string().max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`);

/** A short free text that may be empty: role, facilitator, owner. */
export const shortText = z.string().max(MAX_NAME, `must be at most ${MAX_NAME} characters`);

/** An identifier chosen by a file or the app. */
export const id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z.string().refine(isCalendarDate, 'must be a calendar date written YYYY-MM-DD');

/** An answer on an item's scale; which scale is checked against the instrument. */
export const scaleValue = z.int('must be a whole number');

/** A rating of a priority contact. */
export const rating = scaleValue.min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');

export const auditStatusSchema = z.enum(['in-progress', 'complete']);
export const actionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export const contactCategorySchema = z.enum(['rescue', 'revenue', 'request', 'relationship']);
export const accentColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #RRGGBB');
/** A PNG or JPEG logo as a data: URL, so an audit stays self-contained. */
export const logo = z
  .string()
  .max(2_000_000, 'must be at most 2 MB')
  .regex(
    /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/,
    'must be a PNG or JPEG image as a base64 data URL',
  );
