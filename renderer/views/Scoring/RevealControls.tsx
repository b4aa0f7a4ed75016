import { useState } from 'react';
import type { AuditDetail } from '../../../shared/api/models.ts';
import { Notice } from '../../components/Notice.tsx';
import { useRouter } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';

/** One participant's progress, as the picker counts it. */
export type Progress = { readonly name: string; readonly answered: number };

type Props = {
  readonly detail: AuditDetail;
  readonly total: number;
  /** Everyone who has not answered every item (names, or codes in presentation mode). */
  readonly unfinished: readonly Progress[];
};

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The step from blind scoring to the reveal, on the list of participants: says when everyone
 * has finished and offers the reveal (early, after a confirmation); after the reveal, says that
 * blind answers are locked and offers the facilitator to reopen blind scoring (after a confirmation).
 */
export function RevealControls({ detail, total, unfinished }: Props) {
  const startReveal = useAuditStore((s) => s.startReveal);
  const reopenScoring = useAuditStore((s) => s.reopenScoring);
  const go = useRouter((s) => s.go);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const anyAnswer = detail.responses.length > 0;

  const start = async () => {
    const failed = await startReveal();
    setError(failed);
    if (!failed) go({ view: 'reveal', auditId: detail.id });
  };
  const reopen = async () => {
    const failed = await reopenScoring();
    setError(failed);
    setConfirming(false);
  };
  const errorNotice = error && <Notice kind="error">{error}</Notice>;

  if (detail.revealedAt !== null) {
    return (
      <section className="card reveal-state" aria-labelledby="reveal-state-title">
        {errorNotice}
        <h3 id="reveal-state-title">The reveal has started</h3>
        <p>
          Since {when(detail.revealedAt)}, blind answers are locked: everyone has seen the team’s answers, so
          a changed answer would no longer be blind.
        </p>
        {confirming ? (
          <div role="group" aria-labelledby="reopen-question">
            <p id="reopen-question">
              <strong>Reopen blind scoring?</strong> Anyone may then change their answers, after seeing
              everyone else’s. The reveal, results and plan close until you start the reveal again; the
              discussion, consensus and plan are kept.
            </p>
            <div className="form-actions">
              <button type="button" className="danger" onClick={() => void reopen()}>
                Reopen blind scoring
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep the reveal
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => go({ view: 'reveal', auditId: detail.id })}
            >
              Go to the reveal
            </button>
            <button type="button" onClick={() => setConfirming(true)}>
              Reopen blind scoring…
            </button>
          </div>
        )}
      </section>
    );
  }

  if (!anyAnswer) return null;

  if (unfinished.length === 0) {
    return (
      <section className="card reveal-state ready" aria-labelledby="reveal-state-title">
        {errorNotice}
        <h3 id="reveal-state-title" role="status">
          Everyone has finished scoring
        </h3>
        <p>The answers stay hidden until you start the reveal. From then on they are locked.</p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => void start()}>
            Start the reveal
          </button>
        </div>
      </section>
    );
  }

  const names = unfinished.map((p) => `${p.name} (${p.answered} of ${total})`).join(', ');
  return (
    <section className="card reveal-state" aria-labelledby="reveal-state-title">
      {errorNotice}
      <h3 id="reveal-state-title">Not everyone has finished</h3>
      <p>Still to finish: {names}.</p>
      {confirming ? (
        <div role="group" aria-labelledby="reveal-question">
          <p id="reveal-question">
            <strong>Start the reveal now?</strong> Blind answers are locked from then on, so{' '}
            {unfinished.length === 1 ? 'this person' : 'these people'} cannot finish scoring. Their missing
            answers count as not answered, and the results will be provisional.
          </p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void start()}>
              Start the reveal
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep scoring
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" onClick={() => setConfirming(true)}>
            Start the reveal early…
          </button>
        </div>
      )}
    </section>
  );
}
