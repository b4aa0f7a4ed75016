import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { RoundItemFeedback } from '../../../shared/room/protocol.ts';
import type { PhoneItem } from '../logic/items.ts';
import { usePhoneStore } from '../store/phone-store.ts';

/** The words of an answer on the item's scale, or Not sure. */
function wordsOf(item: PhoneItem, value: number | null): string {
  if (value === null) return NOT_SURE_LABEL;
  return item.scale.labels[value - item.scale.min] ?? String(value);
}

/**
 * In a re-vote round (docs/spec/scoring.md, "Re-vote rounds"): how the team answered the item in
 * the round before, as counts (never who), and the person's own answer then. A small, quiet
 * chart above the buttons, with one sentence for a screen reader. Nothing of this round's answers.
 */
export function LastRound({ item }: { readonly item: PhoneItem }) {
  const feedback = usePhoneStore((s) =>
    s.snapshot?.round?.number === item.round
      ? s.snapshot.round.feedback.find((f) => f.item === item.id)
      : undefined,
  );
  if (item.round <= 1 || !feedback) return null;
  return (
    <section className="last-round" aria-labelledby="last-round-title">
      <h2 id="last-round-title" className="last-round-title">
        {feedback.previousRound === null
          ? 'Last round'
          : feedback.previousRound === 1
            ? 'Last round (the blind scoring)'
            : `Last round (round ${feedback.previousRound})`}
      </h2>
      {feedback.previousRound === null ? (
        <p className="muted small">Nobody answered this question before.</p>
      ) : (
        <Counts item={item} feedback={feedback} />
      )}
      <p className="last-own">
        {feedback.ownPrevious === null
          ? 'You did not answer it before.'
          : `Your last answer: ${wordsOf(item, feedback.ownPrevious.value)}`}
      </p>
    </section>
  );
}

/** One short bar per point of the scale and Not sure, each with its count. */
function Counts({ item, feedback }: { readonly item: PhoneItem; readonly feedback: RoundItemFeedback }) {
  const rows = [
    ...feedback.counts.map((count, i) => ({
      key: String(item.scale.min + i),
      label: item.scale.labels[i] ?? String(item.scale.min + i),
      count,
      own: feedback.ownPrevious?.value === item.scale.min + i,
    })),
    {
      key: 'unsure',
      label: NOT_SURE_LABEL,
      count: feedback.notSure,
      own: feedback.ownPrevious?.value === null,
    },
  ];
  const max = Math.max(1, ...rows.map((r) => r.count));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const summary = `${total} ${total === 1 ? 'answer' : 'answers'}: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}`;
  return (
    <div className="last-counts" role="img" aria-label={summary}>
      {rows.map((r) => (
        <div key={r.key} className={r.own ? 'last-row own' : 'last-row'} data-value={r.key}>
          <span className="last-label">{r.label}</span>
          <span className="last-track">
            <span className="last-bar" style={{ width: `${(r.count / max) * 100}%` }} />
          </span>
          <span className="last-count">{r.count}</span>
        </div>
      ))}
    </div>
  );
}
