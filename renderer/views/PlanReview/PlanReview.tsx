import { useState, type KeyboardEvent } from 'react';
import type { ReviewOutcome } from '../../../shared/audit-file/fields.ts';
import type { PlanReviewEntry } from '../../../shared/api/models.ts';
import { Notice } from '../../components/Notice.tsx';
import { hashOf } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';

/** The four outcomes in the order shown, with the key that chooses each. */
const OUTCOMES: readonly { readonly id: ReviewOutcome; readonly label: string; readonly key: string }[] = [
  { id: 'done', label: 'Done', key: '1' },
  { id: 'in-progress', label: 'In progress', key: '2' },
  { id: 'dropped', label: 'Dropped', key: '3' },
  { id: 'carried', label: 'Carry into the new plan', key: '4' },
];

const STATUS_WORDS: Record<PlanReviewEntry['status'], string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** "2 of 4 reviewed: 1 done, 1 carried into the new plan." */
function progressText(entries: readonly PlanReviewEntry[]): string {
  const reviewed = entries.filter((e) => e.outcome !== null).length;
  const counts = OUTCOMES.flatMap((o) => {
    const n = entries.filter((e) => e.outcome === o.id).length;
    return n > 0 ? [`${n} ${o.id === 'carried' ? 'carried into the new plan' : o.label.toLowerCase()}`] : [];
  });
  return `${reviewed} of ${entries.length} reviewed${counts.length > 0 ? `: ${counts.join(', ')}` : ''}.`;
}

/**
 * The first step of a re-assessment: what became of each action of last time's plan. Each
 * action is a group of four choices (arrow keys move between them; 1–4 choose, 0 clears, from
 * anywhere in the action); carrying one adds it to this audit's plan.
 */
export function PlanReview() {
  const detail = useAuditStore((s) => s.detail);
  const setPlanReview = useAuditStore((s) => s.setPlanReview);
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;
  const entries = detail.planReview;
  const choose = (entry: PlanReviewEntry, outcome: ReviewOutcome | null, note?: string) =>
    void setPlanReview(entry.action, outcome, note).then(setError);

  const onKey = (entry: PlanReviewEntry) => (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.target instanceof HTMLTextAreaElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const outcome = OUTCOMES.find((o) => o.key === event.key);
    if (outcome) {
      event.preventDefault();
      if (entry.outcome !== outcome.id) choose(entry, outcome.id);
    } else if (event.key === '0' && entry.outcome !== null) {
      event.preventDefault();
      choose(entry, null);
    }
  };

  return (
    <div className="plan-review">
      <h2>Last time’s plan</h2>
      {entries.length === 0 ? (
        <p className="muted">
          The audit this one re-assesses had no actions in its plan: there is nothing to review.
        </p>
      ) : (
        <>
          <p className="muted">
            Before the team scores again, go through what was agreed last time. An action carried into the new
            plan becomes one of this audit’s actions. Keys: 1 done, 2 in progress, 3 dropped, 4 carry, 0 not
            reviewed.
          </p>
          <p className="plan-review-progress" role="status" aria-live="polite">
            {progressText(entries)}
          </p>
        </>
      )}
      {error && (
        <Notice kind="error" onDismiss={() => setError(null)}>
          {error}
        </Notice>
      )}
      <ol className="plan-review-list">
        {entries.map((entry) => (
          <li key={entry.action} className={`card plan-review-item${entry.outcome ? '' : ' unreviewed'}`}>
            <fieldset onKeyDown={onKey(entry)}>
              <legend>
                <span className="plan-review-title">{entry.title}</span>
                <span className="muted small">
                  {' '}
                  · {entry.owner ? `owner ${entry.owner}` : 'no owner'}
                  {entry.due ? ` · due ${entry.due}` : ''} · {STATUS_WORDS[entry.status]} last time
                </span>
              </legend>
              <div className="plan-review-choices">
                {OUTCOMES.map((o) => (
                  <label key={o.id} className="checkbox choice">
                    <input
                      type="radio"
                      name={`review-${entry.action}`}
                      value={o.id}
                      checked={entry.outcome === o.id}
                      onChange={() => choose(entry, o.id)}
                    />
                    {o.label}
                    <kbd aria-hidden="true">{o.key}</kbd>
                  </label>
                ))}
                {entry.outcome !== null && (
                  <button type="button" className="quiet" onClick={() => choose(entry, null)}>
                    Not reviewed
                  </button>
                )}
              </div>
              {entry.outcome === 'carried' && <p className="small muted">In this audit’s action plan.</p>}
              <label className="plan-review-note">
                <span>
                  Note <span className="muted small">(optional)</span>
                </span>
                <textarea
                  rows={1}
                  defaultValue={entry.note}
                  onBlur={(e) => {
                    if (e.target.value !== entry.note) choose(entry, entry.outcome, e.target.value);
                  }}
                />
              </label>
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <a className="button primary" href={hashOf({ view: 'scoring', auditId: detail.id })}>
          Go to blind scoring
        </a>
      </p>
    </div>
  );
}
