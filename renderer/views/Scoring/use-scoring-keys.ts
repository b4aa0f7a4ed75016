import { useEffect, useRef } from 'react';
import type { Scale } from '../../../shared/instrument/types.ts';
import { activatesOnEnter, isTextField } from './key-targets.ts';
import { commandForKey } from './keys.ts';

/** What a scoring screen does with its keys (renderer/views/Scoring/keys.ts says which key is which). */
export type ScoringKeyHandlers = {
  /** The scale of the item on screen; null while keys answer nothing (answers locked, a question open). */
  readonly scale: () => Scale | null;
  readonly onAnswer: (value: number | null) => void;
  /** W: to the note of the item on screen. */
  readonly onNote: () => void;
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  /** Whether a text field is one of the screen's notes, which Escape leaves for the item. */
  readonly isNote: (element: Element) => boolean;
  /** Escape in a note, after the note was left (leaving it saves it): back to the item. */
  readonly onLeaveNote: () => void;
  /** Escape anywhere else; answers whether it did something (closed a question). */
  readonly onEscape?: () => boolean;
};

/**
 * The keys of a scoring screen, heard on the document while the screen is shown, so they work
 * wherever focus is: digits on the scale answer, N is "Not sure", W writes a note, arrows and
 * Enter move, Escape leaves a note. Keys typed in a text field are text, Enter on a button is
 * the button's, a key with a modifier is the browser's. The blind scoring sheet and the round
 * sheet both use it. The handlers are read afresh on every key, so keys pressed faster than
 * React renders see the latest state.
 */
export function useScoringKeys(handlers: ScoringKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event, latest.current);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

function onKey(event: KeyboardEvent, h: ScoringKeyHandlers): void {
  if (event.defaultPrevented || event.isComposing) return;
  const target = event.target instanceof Element ? event.target : null;
  if (isTextField(target)) {
    if (event.key === 'Escape' && target && h.isNote(target)) {
      event.preventDefault();
      (target as HTMLElement).blur(); // saves the note
      h.onLeaveNote();
    }
    return;
  }
  if (event.key === 'Escape') {
    if (h.onEscape?.()) event.preventDefault();
    return;
  }
  const scale = h.scale();
  if (!scale) return;
  const command = commandForKey(event.key, scale, event.ctrlKey || event.metaKey || event.altKey);
  if (!command) return;
  if (event.key === 'Enter' && activatesOnEnter(target)) return; // Enter activates the button or link
  event.preventDefault();
  // Holding a key down moves back one item at a time; it never answers, writes or moves on twice.
  if (event.repeat && command.kind !== 'previous') return;
  if (command.kind === 'answer') h.onAnswer(command.value);
  else if (command.kind === 'note') h.onNote();
  else if (command.kind === 'next') h.onNext();
  else h.onPrevious();
}
