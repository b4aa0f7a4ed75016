import { useState } from 'react';
import type { Section } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { useSessionStore } from '../../stores/session.ts';
import { PrivacyScreen } from '../Scoring/PrivacyScreen.tsx';
import { displayName } from '../Scoring/names.ts';
import { RoundSheet } from './RoundSheet.tsx';

type Props = {
  readonly sections: readonly Section[];
  /** Back to the reveal. */
  readonly onLeave: () => void;
};

/**
 * Pass-the-laptop scoring of the open re-vote round, as in blind scoring: pick a person, hand
 * over behind the privacy screen, answer the round's statements, hand to the next.
 */
export function RoundScoring({ sections, onLeave }: Props) {
  const detail = useAuditStore((s) => s.detail);
  const presentation = useSessionStore((s) => s.presentation);
  const [scorer, setScorer] = useState<{ id: string; ready: boolean } | null>(null);
  if (!detail) return null;
  const round = detail.rounds.find((r) => r.closedAt === null);
  if (!round) {
    return (
      <div className="empty">
        <p>No re-vote round is open.</p>
        <button type="button" onClick={onLeave}>
          Back to the reveal
        </button>
      </div>
    );
  }
  const answered = (participantId: string) =>
    detail.roundResponses.filter((r) => r.round === round.round && r.participant === participantId).length;
  const participant = detail.participants.find((p) => p.id === scorer?.id);

  if (participant && scorer) {
    const name = displayName(participant, presentation);
    if (!scorer.ready)
      return (
        <PrivacyScreen
          name={name}
          byCode={presentation}
          onReady={() => setScorer({ id: participant.id, ready: true })}
          onCancel={() => setScorer(null)}
        />
      );
    const finish = () => {
      const index = detail.participants.indexOf(participant);
      const next = [...detail.participants.slice(index + 1), ...detail.participants.slice(0, index)].find(
        (p) => answered(p.id) < round.items.length,
      );
      setScorer(next ? { id: next.id, ready: false } : null);
    };
    return (
      <RoundSheet
        key={participant.id}
        round={round}
        participant={participant}
        name={name}
        sections={sections}
        onFinish={finish}
      />
    );
  }

  return (
    <section aria-labelledby="round-picker-title">
      <h2 id="round-picker-title">Re-vote round {round.round}</h2>
      <p className="muted">
        Each person answers the {round.items.length === 1 ? 'statement' : `${round.items.length} statements`}{' '}
        again alone. They see how the team answered last time, never who gave which answer. Pick who scores
        next.
      </p>
      <ul className="picker">
        {detail.participants.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => setScorer({ id: p.id, ready: false })}>
              <span className="visually-hidden">Score round {round.round} as</span>{' '}
              <span className="picker-name">{displayName(p, presentation)}</span>{' '}
              <progress max={round.items.length} value={answered(p.id)} aria-hidden="true" />
              <span className="muted small">
                {answered(p.id) === round.items.length
                  ? 'Done'
                  : `${answered(p.id)} of ${round.items.length} answered`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onLeave}>
        Back to the reveal
      </button>
    </section>
  );
}
