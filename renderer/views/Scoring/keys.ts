import { isOnScale } from '../../../shared/instrument/scales.ts';
import type { Scale } from '../../../shared/instrument/types.ts';

/** The key that takes the person to the note of the item on screen (shown beside the note). */
export const NOTE_KEY = 'W';

/** What a key does on the scoring screen. */
export type KeyCommand =
  | { readonly kind: 'answer'; readonly value: number | null }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'note' }
  | null;

/**
 * Maps a key to a scoring command on the item's scale: digits on the scale answer, N is
 * "Not sure", W writes a note, arrows and Enter move. Anything else (and any key with a
 * modifier) is left alone.
 */
export function commandForKey(key: string, scale: Scale, modifiers = false): KeyCommand {
  if (modifiers) return null;
  if (/^[0-9]$/.test(key)) {
    const value = Number(key);
    return isOnScale(scale, value) ? { kind: 'answer', value } : null;
  }
  if (key === 'n' || key === 'N') return { kind: 'answer', value: null };
  if (key.toUpperCase() === NOTE_KEY) return { kind: 'note' };
  if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'Enter') return { kind: 'next' };
  if (key === 'ArrowLeft' || key === 'ArrowUp') return { kind: 'previous' };
  return null;
}
