import type { AuditDetail } from '../../../shared/api/models.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';
import { scoringNotes, whoAnswered, type Identity } from './identity.ts';

/** How many answered, how many were not sure, the mean and the spread, on one line. */
export function ItemStats({ stats, className }: { readonly stats: ItemResult; readonly className?: string }) {
  return (
    <p className={className ?? 'muted small'}>
      {stats.n} {stats.n === 1 ? 'answer' : 'answers'}
      {stats.unsure > 0 && `, ${stats.unsure} not sure`}
      {stats.mean !== null && ` · mean ${formatNumber(stats.mean, 1)}`}
      {stats.sd !== null && stats.n > 1 && ` · spread (sd) ${formatNumber(stats.sd, 2)}`}
    </p>
  );
}

/** Who gave which answer, when the team chose to see it (codes only in presentation mode). */
export function WhoAnswered(props: {
  readonly detail: AuditDetail;
  readonly itemId: string;
  readonly identity: Identity;
}) {
  const answers = whoAnswered(props.detail, props.itemId, props.identity);
  if (answers.length === 0) return null;
  return (
    <p className="who-answered small">
      {answers.map((a) => `${a.who}: ${a.value ?? 'not sure'}`).join(' · ')}
    </p>
  );
}

/** The notes participants wrote on this item while scoring, anonymous unless names are shown. */
export function ScoringNotes(props: {
  readonly detail: AuditDetail;
  readonly itemId: string;
  readonly identity: Identity;
  /** In the spotlight the list has a fixed height and scrolls, from the keyboard too. */
  readonly scrolls?: boolean;
}) {
  const notes = scoringNotes(props.detail, props.itemId, props.identity);
  if (notes.length === 0) return null;
  const title = notes.length === 1 ? 'Note from scoring' : `Notes from scoring (${notes.length})`;
  return (
    <div className="scoring-notes">
      <p className="scoring-notes-title">{title}</p>
      <ul aria-label={title} tabIndex={props.scrolls ? 0 : undefined}>
        {notes.map((n) => (
          <li key={n.key}>
            {n.who && <strong>{n.who}: </strong>}
            {n.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The instrument's prompt for the discussion. It is for the facilitator, so it appears in the
 * reveal and never on the scoring sheet, where it would steer the blind answer.
 */
export function FacilitatorHint({ hint }: { readonly hint: string | undefined }) {
  if (!hint) return null;
  return (
    <details className="hint">
      <summary>Facilitator hint</summary>
      <p>{hint}</p>
    </details>
  );
}
