import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_NAME } from '../../../shared/limits.ts';
import { LogoPicker } from '../../components/LogoPicker.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useSettingsStore } from '../../stores/settings.ts';

/** The firm's name: saved with Enter or the button; the field says when it is saved. */
function FirmNameForm({ saved }: { readonly saved: string }) {
  const update = useSettingsStore((s) => s.update);
  const [name, setName] = useState(saved);
  const [state, setState] = useState<{ kind: 'idle' | 'saved' | 'error'; message?: string }>({
    kind: 'idle',
  });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const message = await update({ firmName: name });
    setState(message === null ? { kind: 'saved' } : { kind: 'error', message });
  };
  return (
    <form className="form-grid settings-firm" onSubmit={(e) => void submit(e)} aria-label="Your firm’s name">
      {state.kind === 'error' && <Notice kind="error">{state.message}</Notice>}
      <label>
        Firm name
        <input
          ref={field}
          value={name}
          maxLength={MAX_NAME}
          placeholder="Leave empty for none"
          onChange={(e) => {
            setName(e.target.value);
            setState({ kind: 'idle' });
          }}
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={name.trim() === saved}>
          Save firm name
        </button>
        <span role="status" aria-live="polite" className="muted">
          {state.kind === 'saved' ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}

/**
 * The settings of this installation: the consultant's firm (name and logo), set once and shown
 * beside the client on the cover and in the footer of every report whose audit does not choose
 * otherwise (Set-up, Report branding). Escape goes back to the audits.
 */
export function Settings() {
  const settings = useSettingsStore((s) => s.settings);
  const error = useSettingsStore((s) => s.error);
  const load = useSettingsStore((s) => s.load);
  const update = useSettingsStore((s) => s.update);
  const go = useRouter((s) => s.go);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) go({ view: 'home' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <main className="home settings" aria-labelledby="settings-title">
      <header className="home-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p className="muted">Kept on this computer, for every audit.</p>
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => go({ view: 'home' })}>
            ← Audits
          </button>
        </div>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      <section className="card" aria-labelledby="firm-title">
        <h2 id="firm-title">Your firm on the reports</h2>
        <p className="muted">
          Your firm’s name and logo appear beside the client’s on the cover and in the footer of each report.
          An audit can use another firm or none (Set-up, Report branding). With neither a name nor a logo,
          reports show only the client.
        </p>
        {settings === null ? (
          <p className="muted">Loading the settings…</p>
        ) : (
          <>
            <FirmNameForm saved={settings.firmName} />
            <div className="settings-logo">
              <span className="settings-logo-label">Firm logo</span>
              <LogoPicker
                logo={settings.firmLogo}
                what="Firm logo"
                onChange={(firmLogo) => update({ firmLogo })}
              />
            </div>
          </>
        )}
      </section>
    </main>
  );
}
