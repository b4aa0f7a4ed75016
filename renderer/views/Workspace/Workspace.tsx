import { useEffect } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { SaveIndicator } from '../../components/SaveIndicator.tsx';
import { StepNav } from '../../components/StepNav.tsx';
import { opensAtReveal, stepApplies, type StepId } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { useRoomStore } from '../../stores/room.ts';
import { useSessionStore } from '../../stores/session.ts';
import { ActionPlan } from '../Actions/ActionPlan.tsx';
import { Contacts } from '../Contacts/Contacts.tsx';
import { PlanReview } from '../PlanReview/PlanReview.tsx';
import { Report } from '../Report/Report.tsx';
import { Results } from '../Results/Results.tsx';
import { Reveal } from '../Reveal/Reveal.tsx';
import { Scoring } from '../Scoring/Scoring.tsx';
import { Setup } from '../Setup/Setup.tsx';
import { RevealGate } from './RevealGate.tsx';

const VIEWS: Record<StepId, () => React.ReactNode> = {
  setup: () => <Setup />,
  review: () => <PlanReview />,
  scoring: () => <Scoring />,
  reveal: () => <Reveal />,
  contacts: () => <Contacts />,
  results: () => <Results />,
  actions: () => <ActionPlan />,
  report: () => <Report />,
};

/** One audit's workshop: its name, the steps, the save state, and the current step. */
export function Workspace({ auditId, step }: { readonly auditId: string; readonly step: StepId }) {
  const detail = useAuditStore((s) => s.detail);
  const status = useAuditStore((s) => s.status);
  const error = useAuditStore((s) => s.error);
  const load = useAuditStore((s) => s.load);
  const presentation = useSessionStore((s) => s.presentation);
  const togglePresentation = useSessionStore((s) => s.togglePresentation);

  // Opening the audit loads it and its results; a step shows what the store holds (each saved
  // edit brings its change, and results are fetched once per change), so moving between steps
  // fetches nothing.
  useEffect(() => {
    void load(auditId);
  }, [auditId, load]);
  // Closing the audit (home, another audit) closes its room: the port is open only while it is open.
  useEffect(() => () => void useRoomStore.getState().closeAudit(auditId), [auditId]);

  return (
    <div className="workspace">
      <header className="workspace-header">
        <a href="#/" className="home-link">
          ← All audits
        </a>
        <div className="workspace-title">
          {detail ? (
            <>
              <span className="organization">{detail.organization}</span>
              <h1>{detail.title}</h1>
            </>
          ) : (
            <h1>{status === 'error' ? 'Audit not available' : 'Loading…'}</h1>
          )}
        </div>
        <SaveIndicator />
        <button
          type="button"
          onClick={togglePresentation}
          aria-pressed={presentation}
          title="Presentation mode (F5)"
        >
          Presentation
        </button>
      </header>
      <StepNav
        auditId={auditId}
        current={step}
        revealed={Boolean(detail?.revealedAt)}
        applies={(id) => (detail ? stepApplies(id, detail) : id !== 'review')}
      />
      <main className="step-content" id="main">
        {status === 'error' && (
          <Notice kind="error" action={{ label: 'Try again', run: () => void load(auditId) }}>
            {error}
          </Notice>
        )}
        {status === 'loading' && !detail && <p className="muted">Loading the audit…</p>}
        {detail &&
          detail.id === auditId &&
          (opensAtReveal(step) && detail.revealedAt === null ? (
            <RevealGate detail={detail} step={step} />
          ) : (
            VIEWS[step]()
          ))}
      </main>
    </div>
  );
}
