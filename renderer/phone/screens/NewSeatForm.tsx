import { useState, type FormEvent } from 'react';
import { MAX_SEAT_NAME } from '../store/join-slice.ts';
import { usePhoneStore } from '../store/phone-store.ts';

/** "I'm not on the list": only when the facilitator allows open seats. Folded until asked for. */
export function NewSeatForm({ busy }: { readonly busy: boolean }) {
  const addSeat = usePhoneStore((s) => s.addSeat);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  if (!open) {
    return (
      <button type="button" className="wide quiet-border" onClick={() => setOpen(true)} aria-expanded={false}>
        I’m not on the list
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    addSeat(name);
  };
  return (
    <form className="new-seat" onSubmit={submit} noValidate>
      <label htmlFor="new-seat-name" className="field-label">
        Your name
      </label>
      <input
        id="new-seat-name"
        className="text-input"
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={MAX_SEAT_NAME}
        autoComplete="name"
        enterKeyHint="go"
        autoFocus
      />
      <button type="submit" className="primary wide" disabled={busy || name.trim() === ''}>
        Join with this name
      </button>
    </form>
  );
}
