import { useState } from 'react';
import { ROOM_MAX_NOTE } from '../../../shared/limits.ts';
import type { PhoneItem } from '../logic/items.ts';
import type { ShownAnswer } from '../logic/seat-state.ts';
import { usePhoneStore } from '../store/phone-store.ts';

type Props = { readonly item: PhoneItem; readonly shown: ShownAnswer | undefined };

/**
 * An optional note, folded away until asked for. Typed before answering, it goes with the
 * answer; typed after, "Save note" sends the answer again with it.
 */
export function NoteField({ item, shown }: Props) {
  const draft = usePhoneStore((s) => s.drafts[item.key]);
  const setDraft = usePhoneStore((s) => s.setDraft);
  const saveNote = usePhoneStore((s) => s.saveNote);
  const saved = shown?.note ?? '';
  const text = draft ?? saved;
  const [open, setOpen] = useState(text !== '');
  if (!open) {
    return (
      <button type="button" className="note-toggle" aria-expanded={false} onClick={() => setOpen(true)}>
        Add a note
      </button>
    );
  }
  const changed = draft !== undefined && draft !== saved;
  return (
    <div className="note">
      <label htmlFor="note-text" className="field-label">
        Note <span className="muted">(optional{shown ? '' : ', sent with your answer'})</span>
      </label>
      <textarea
        id="note-text"
        className="text-input"
        rows={3}
        value={text}
        maxLength={ROOM_MAX_NOTE}
        onChange={(e) => setDraft(item, e.target.value)}
        aria-describedby={text.length > ROOM_MAX_NOTE - 200 ? 'note-count' : undefined}
      />
      {text.length > ROOM_MAX_NOTE - 200 && (
        <p id="note-count" className="muted small">
          {ROOM_MAX_NOTE - text.length} characters left
        </p>
      )}
      {shown && changed && (
        <button type="button" className="wide" onClick={() => saveNote(item)}>
          Save note
        </button>
      )}
    </div>
  );
}
