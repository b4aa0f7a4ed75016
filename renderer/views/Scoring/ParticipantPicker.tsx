import { useEffect, useRef } from 'react';
import type { AuditDetail } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { displayName } from './names.ts';
import { RevealControls } from './RevealControls.tsx';

type Props = {
  readonly detail: AuditDetail;
  readonly sections: readonly Section[];
  readonly presentation: boolean;
  readonly onPick: (participantId: string) => void;
};

/** Who scores next, with how far each person has got, and the way on to the reveal. */
export function ParticipantPicker({ detail, sections, presentation, onPick }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Back from a person's scoring, focus lands here rather than on the page's body.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus();
  }, []);
  const total = sections.reduce((sum, s) => sum + s.items.length, 0);
  if (detail.participants.length === 0) {
    return (
      <div className="empty">
        <p>No participants yet.</p>
        <p className="muted">
          Add the people who will score in <a href={`#/audits/${detail.id}/setup`}>Set-up</a>.
        </p>
      </div>
    );
  }
  const items = new Set(sections.flatMap((s) => s.items.map((i) => i.id)));
  const progress = detail.participants.map((p) => ({
    participant: p,
    name: displayName(p, presentation),
    answered: detail.responses.filter((r) => r.participant === p.id && items.has(r.item)).length,
  }));
  const revealed = detail.revealedAt !== null;
  return (
    <section aria-labelledby="picker-title">
      <h2 id="picker-title" ref={heading} tabIndex={-1}>
        Blind scoring
      </h2>
      <p className="muted">
        {revealed
          ? 'Each person scored alone; the reveal has started.'
          : 'Each person scores alone; nobody sees anyone else’s answers until the reveal. Pick who scores next.'}
      </p>
      <RevealControls detail={detail} total={total} unfinished={progress.filter((p) => p.answered < total)} />
      <ul className="picker">
        {progress.map(({ participant: p, name, answered }) => (
          <li key={p.id}>
            {/* The visible text is the accessible name (WCAG 2.5.3, label in name). */}
            <button type="button" onClick={() => onPick(p.id)} disabled={revealed}>
              <span className="visually-hidden">Score as</span> <span className="picker-name">{name}</span>{' '}
              {!presentation && p.role && (
                <>
                  <span className="muted">{p.role}</span>{' '}
                </>
              )}
              <progress max={total} value={answered} aria-hidden="true" />
              <span className="muted small">
                {answered === total ? 'Done' : `${answered} of ${total} answered`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
