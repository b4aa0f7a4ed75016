import { STEPS, hashOf, type StepId } from '../router.ts';

/** The workshop's steps as links; the current one is marked for screen readers too. */
export function StepNav({ auditId, current }: { readonly auditId: string; readonly current: StepId }) {
  return (
    <nav className="steps" aria-label="Workshop steps">
      <ol>
        {STEPS.map((step, i) => (
          <li key={step.id}>
            <a
              href={hashOf({ view: step.id, auditId })}
              aria-current={step.id === current ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {step.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
