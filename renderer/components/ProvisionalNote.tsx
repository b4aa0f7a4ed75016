import type { Participant } from '../../shared/api/models.ts';
import { roundForDisplay } from '../../shared/scoring/numbers.ts';
import type { CompletenessResult } from '../../shared/scoring/results.ts';

/** The "provisional" mark beside a level (docs/spec/scoring.md, "Completeness"). */
export function ProvisionalBadge() {
  return <span className="badge badge-provisional">Provisional</span>;
}

type Props = {
  readonly completeness: CompletenessResult;
  readonly participants: readonly Participant[];
  /** How a participant is named on screen (their code in presentation mode). */
  readonly nameOf: (participant: Participant) => string;
};

/**
 * Says why a level is provisional: how much of the audit is answered and who has not
 * finished. The numbers themselves are the same; only their weight is in doubt.
 */
export function ProvisionalNote({ completeness, participants, nameOf }: Props) {
  if (!completeness.provisional) return null;
  const unfinished = completeness.incomplete.flatMap((id) => {
    const p = participants.find((x) => x.id === id);
    return p ? [nameOf(p)] : [];
  });
  return (
    <p className="provisional-note">
      <strong>Provisional:</strong> {roundForDisplay(completeness.completeness * 100)} % of the answers are
      in, so the level may still change.
      {unfinished.length > 0 && <> Not finished: {unfinished.join(', ')}.</>}
    </p>
  );
}
