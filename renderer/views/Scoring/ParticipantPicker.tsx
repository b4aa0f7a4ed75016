import type { AuditDetail } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { displayName } from './names.ts';

type Props = {
  readonly detail: AuditDetail;
  readonly sections: readonly Section[];
  readonly presentation: boolean;
  readonly onPick: (participantId: string) => void;
};

/** Who scores next, with how far each person has got. */
export function ParticipantPicker({ detail, sections, presentation, onPick }: Props) {
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
  return (
    <section aria-labelledby="picker-title">
      <h2 id="picker-title">Blind scoring</h2>
      <p className="muted">
        Each person scores alone; nobody sees anyone else’s answers until the reveal. Pick who scores next.
      </p>
      <ul className="picker">
        {detail.participants.map((p) => {
          const answered = detail.responses.filter((r) => r.participantId === p.id).length;
          const label = displayName(p, presentation);
          return (
            <li key={p.id}>
              {/* The visible text is the accessible name (WCAG 2.5.3, label in name). */}
              <button type="button" onClick={() => onPick(p.id)}>
                <span className="visually-hidden">Score as</span> <span className="picker-name">{label}</span>{' '}
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
          );
        })}
      </ul>
    </section>
  );
}
