import { useState, type FormEvent } from 'react';
import { JOIN_CODE_LENGTH } from '../../../shared/room/join-code.ts';
import { usePhoneStore } from '../store/phone-store.ts';

type Props = { readonly error: string | null; readonly busy: boolean };

/**
 * At `/`: the code from the projector, for a phone that could not scan the QR code. One big
 * field, capitals as you type, spaces and dashes forgiven (shared/room/join-code.ts).
 */
export function CodeEntry({ error, busy }: Props) {
  const submitCode = usePhoneStore((s) => s.submitCode);
  const [typed, setTyped] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitCode(typed);
  };
  return (
    <main className="phone-page join">
      <h1>Join the room</h1>
      <p className="lead">Type the code shown on the screen at the front.</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="join-code" className="field-label">
          Code ({JOIN_CODE_LENGTH} characters)
        </label>
        <input
          id="join-code"
          className="code-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={JOIN_CODE_LENGTH + 4}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'join-code-error' : undefined}
          autoFocus
        />
        {error && (
          <p id="join-code-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
