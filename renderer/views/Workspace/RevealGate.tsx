import type { AuditDetail } from '../../../shared/api/models.ts';
import { STEPS, type StepId } from '../../router.ts';

/**
 * Stands in for a step that shows answers while scoring is still blind: says why it is closed
 * and where the reveal is started, and shows nobody's answers.
 */
export function RevealGate({ detail, step }: { readonly detail: AuditDetail; readonly step: StepId }) {
  const label = STEPS.find((s) => s.id === step)?.label ?? step;
  return (
    <div className="empty reveal-gate">
      <h2>{step === 'reveal' ? 'The reveal has not started' : `${label} opens at the reveal`}</h2>
      <p>
        Blind scoring is under way: nobody sees anyone else’s answers until the facilitator starts the reveal.
      </p>
      <p className="muted">
        The reveal is started from <a href={`#/audits/${detail.id}/scoring`}>Blind scoring</a>, once everyone
        has finished.
      </p>
    </div>
  );
}
