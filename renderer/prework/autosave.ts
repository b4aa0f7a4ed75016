import type { Instrument } from '../../shared/instrument/types.ts';
import { EMPTY_DRAFT, restoreDraft, type PreworkDraft } from '../../shared/response-file/prework.ts';

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
