import { STEPS, hashOf, type StepId } from '../router.ts';

type Props = {
  readonly auditId: string;
  readonly current: StepId;
  /** False during blind scoring: the steps that show answers are not links until the reveal. */
  readonly revealed: boolean;
  /** The steps of this audit (the review of last time's plan only for a re-assessment); all when absent. */
  readonly applies?: (step: StepId) => boolean;
};

/**
 * The workshop's steps as links; the current one is marked for screen readers too. During
 * blind scoring the reveal, results, plan and report are shown closed (not links, not in the
 * Tab order), so the person scoring cannot open other people's answers from here.
 */
export function StepNav({ auditId, current, revealed, applies = () => true }: Props) {
  return (
    <nav className="steps" aria-label="Workshop steps">
      <ol>
        {STEPS.filter((step) => applies(step.id)).map((step, i) => (
          <li key={step.id}>
            {step.opensAtReveal && !revealed ? (
              <span
                className="step-locked"
                title="Opens when the facilitator starts the reveal"
                aria-current={step.id === current ? 'step' : undefined}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {step.label}
                <LockIcon />
                <span className="visually-hidden"> (opens at the reveal)</span>
              </span>
            ) : (
              <a
                href={hashOf({ view: step.id, auditId })}
                aria-current={step.id === current ? 'step' : undefined}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {step.label}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function LockIcon() {
  return (
    <svg
      className="lock-icon"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
