import { catalogOf } from '../../shared/instrument/catalog.ts';
import { isOnScale } from '../../shared/instrument/scales.ts';
import type { Instrument } from '../../shared/instrument/types.ts';
import { MAX_NAME, MAX_NOTE } from '../../shared/limits.ts';
import { EMPTY_DRAFT, type PreworkDraft } from '../../shared/response-file/prework.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * A draft read back from the browser's storage, keeping only what still fits the instrument:
 * answers to known items on their scale, notes to known items, text within the limits. What
 * a browser kept is untrusted like any input; anything else is dropped, never shown.
 */
export function restoreDraft(text: string | null, instrument: Instrument): PreworkDraft {
  if (text === null) return EMPTY_DRAFT;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return EMPTY_DRAFT;
  }
  if (!isRecord(json)) return EMPTY_DRAFT;
  const catalog = catalogOf(instrument);
  const values: Record<string, number | null> = {};
  for (const [id, value] of Object.entries(isRecord(json.values) ? json.values : {})) {
    const item = catalog.get(id);
    if (item && (value === null || (typeof value === 'number' && isOnScale(item.scale, value))))
      values[id] = value;
  }
  const notes: Record<string, string> = {};
  for (const [id, note] of Object.entries(isRecord(json.notes) ? json.notes : {})) {
    if (catalog.has(id) && typeof note === 'string' && note !== '') notes[id] = note.slice(0, MAX_NOTE);
  }
  const savedAt =
    typeof json.savedAt === 'string' && !Number.isNaN(Date.parse(json.savedAt)) ? json.savedAt : null;
  return { name: textOf(json.name, MAX_NAME), role: textOf(json.role, MAX_NAME), values, notes, savedAt };
}

/** The browser's storage for this page, or null where it is refused (some browsers, for files opened from disk). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the draft kept under `key`; a browser that keeps nothing gives an empty form. */
export function readDraft(key: string, instrument: Instrument): PreworkDraft {
  try {
    return restoreDraft(storage()?.getItem(key) ?? null, instrument);
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Keeps the draft under `key`; false when this browser does not keep it (the form then says so). */
export function writeDraft(key: string, draft: PreworkDraft): boolean {
  try {
    const kept = storage();
    if (!kept) return false;
    kept.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
