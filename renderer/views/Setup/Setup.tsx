import { useState, type FormEvent } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { Branding } from './Branding.tsx';
import { Participants } from './Participants.tsx';
import { formText } from '../../components/form.ts';

/** Set-up: the audit's details, who takes part, anonymity and the report's branding. */
export function Setup() {
  const detail = useAuditStore((s) => s.detail);
  const update = useAuditStore((s) => s.update);
  const go = useRouter((s) => s.go);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!detail) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const message = await update({
      organization: formText(form, 'organization'),
      title: formText(form, 'title'),
      date: formText(form, 'date'),
      facilitator: formText(form, 'facilitator'),
      status: formText(form, 'status') === 'complete' ? 'complete' : 'in-progress',
    });
    setError(message);
    setSaved(message === null);
  };

  return (
    <div className="setup">
      <h2>Set-up</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <form
        className="card form-grid"
        onSubmit={(e) => void submit(e)}
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

      <Participants />

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
