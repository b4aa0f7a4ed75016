import { useState, type FocusEvent, type FormEvent } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { Branding } from './Branding.tsx';
import { Groups } from './Groups.tsx';
import { Participants } from './Participants.tsx';
import { PreworkForms } from './PreworkForms.tsx';
import { formText } from '../../components/form.ts';

/** Set-up: the audit's details, who takes part, anonymity and the report's branding. */
export function Setup() {
  const detail = useAuditStore((s) => s.detail);
  const update = useAuditStore((s) => s.update);
  const go = useRouter((s) => s.go);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!detail) return null;

  const save = async (element: HTMLFormElement) => {
    const form = new FormData(element);
    const fields = {
      organization: formText(form, 'organization'),
      title: formText(form, 'title'),
      date: formText(form, 'date'),
      facilitator: formText(form, 'facilitator'),
      status: formText(form, 'status') === 'complete' ? ('complete' as const) : ('in-progress' as const),
    };
    const unchanged = (Object.keys(fields) as (keyof typeof fields)[]).every(
      (key) => fields[key] === detail[key],
    );
    if (unchanged) return;
    const message = await update(fields);
    setError(message);
    setSaved(message === null);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(event.currentTarget);
  };
  // Details save when the cursor leaves a field too, so an edit is never lost to a forgotten button.
  const saveOnLeave = (event: FocusEvent<HTMLFormElement>) => {
    if (event.currentTarget.checkValidity()) void save(event.currentTarget);
  };

  return (
    <div className="setup">
      <h2>Set-up</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <form
        className="card form-grid"
        onSubmit={submit}
        onBlur={saveOnLeave}
        onChange={() => setSaved(false)}
        aria-label="Audit details"
      >
        <label>
          Organization
          <input name="organization" required defaultValue={detail.organization} />
        </label>
        <label>
          Audit title
          <input name="title" required defaultValue={detail.title} />
        </label>
        <label>
          Date
          <input name="date" type="date" required defaultValue={detail.date} />
        </label>
        <label>
          <span>
            Facilitator <span className="muted">(optional)</span>
          </span>
          <input name="facilitator" defaultValue={detail.facilitator} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={detail.status}>
            <option value="in-progress">In progress</option>
            <option value="complete">Complete</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save details
          </button>
          <span role="status" className="muted">
            {saved ? 'Saved' : ''}
          </span>
        </div>
      </form>

      <Groups />

      <Participants />

      <PreworkForms />

      <section className="card" aria-labelledby="anonymity-title">
        <h3 id="anonymity-title">Anonymity</h3>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={detail.anonymous}
            onChange={(e) => void update({ anonymous: e.target.checked }).then(setError)}
          />
          Show anonymous codes (P1, P2, …) instead of names in the reveal and the report
        </label>
      </section>

      <Branding />

      <div className="next-step">
        <button
          type="button"
          className="primary"
          disabled={detail.participants.length === 0}
          onClick={() => go({ view: 'scoring', auditId: detail.id })}
        >
          Start blind scoring →
        </button>
        {detail.participants.length === 0 && (
          <span className="muted">Add at least one participant first.</span>
        )}
      </div>
    </div>
  );
}
