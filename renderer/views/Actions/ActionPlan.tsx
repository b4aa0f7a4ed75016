import { useState, type FormEvent } from 'react';
import type { RecommendedAction } from '../../../shared/scoring/results.ts';
import { Notice } from '../../components/Notice.tsx';
import { useAuditResults, useAuditStore } from '../../stores/audit.ts';
import { OWNER_CHOICES, OwnerChoices } from './OwnerChoices.tsx';
import { PlanList } from './PlanList.tsx';
import { formText, submitAddForm } from '../../components/form.ts';

function dueIn(days: number, from: string): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The action plan: recommendations in priority order with why, accepted, dropped or added by the team. */
export function ActionPlan() {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditResults();
  const addAction = useAuditStore((s) => s.addAction);
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;
  if (!results) return <p className="muted">Computing the recommendations…</p>;
  const decided = new Set(detail.actions.map((a) => a.source));
  const open = results.actions.filter((a) => !decided.has(a.id));

  const accept = (a: RecommendedAction, status: 'open' | 'dropped') =>
    void addAction({
      title: a.title,
      description: a.description,
      // The recommendation's suggested owner, for the team to replace with a name.
      owner: status === 'open' ? a.ownerRole : '',
      due: status === 'open' ? dueIn(a.horizonDays, detail.date) : '',
      status,
      source: a.id,
    }).then(setError);

  const addCustom = async (event: FormEvent<HTMLFormElement>) =>
    setError(
      await submitAddForm(event, (form) =>
        addAction({
          title: formText(form, 'title'),
          owner: formText(form, 'owner'),
          due: formText(form, 'due'),
          source: 'custom',
        }),
      ),
    );

  return (
    <div className="action-plan">
      <h2>Action plan</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <OwnerChoices participants={detail.participants} roles={results.actions.map((a) => a.ownerRole)} />
      <PlanList onError={setError} />
      <form className="inline-form card" onSubmit={(e) => void addCustom(e)} aria-label="Add your own action">
        <label className="grow">
          Your own action
          <input name="title" required />
        </label>
        <label>
          Owner
          <input name="owner" list={OWNER_CHOICES} />
        </label>
        <label>
          Due
          <input name="due" type="date" />
        </label>
        <button type="submit">Add action</button>
      </form>

      <section aria-labelledby="recommended-title">
        <h3 id="recommended-title">Recommended, in priority order</h3>
        {open.length === 0 ? (
          <p className="muted">
            {results.actions.length === 0
              ? 'No recommendations yet: they follow from the answers.'
              : 'Every recommendation has been accepted or dropped.'}
          </p>
        ) : (
          <ol className="recommendations">
            {open.map((a) => (
              <li key={a.id} className={a.urgent ? 'urgent' : undefined}>
                <div>
                  <p className="rec-title">
                    {a.urgent && <span className="badge badge-urgent">Urgent</span>} {a.title}
                  </p>
                  <p className="small">{a.description}</p>
                  <p className="muted small">
                    Why: {a.reason} · {a.horizonDays} days · suggested owner: {a.ownerRole}
                  </p>
                </div>
                <div className="rec-actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => accept(a, 'open')}
                    aria-label={`Accept: ${a.title}`}
                  >
                    Accept
                  </button>
                  <button type="button" onClick={() => accept(a, 'dropped')} aria-label={`Drop: ${a.title}`}>
                    Drop
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
