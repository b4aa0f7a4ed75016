import { useState } from 'react';
import type { Participant, RevoteRound } from '../../../shared/api/models.ts';
import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { DistributionBars } from '../../components/DistributionBars.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useRoundFeedback } from '../../stores/rounds.ts';
import { ScaleChoice } from '../Scoring/ScaleChoice.tsx';

type Props = {
  readonly round: RevoteRound;
  readonly participant: Participant;
  readonly name: string;
  readonly sections: readonly Section[];
  readonly onFinish: () => void;
};

/**
 * One person's answers in a re-vote round: each statement with the team's previous
 * distribution (counts only) and the person's own last answer, then the scale to answer again.
 */
export function RoundSheet({ round, participant, name, sections, onFinish }: Props) {
  const responses = useAuditStore((s) => s.detail?.roundResponses);
  const saveRoundResponse = useAuditStore((s) => s.saveRoundResponse);
  const feedback = useRoundFeedback(participant.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const items = sections.flatMap((s) => s.items.map((item) => ({ section: s, item })));
  const own = (itemId: string) =>
    responses?.find((r) => r.round === round.round && r.participant === participant.id && r.item === itemId);

  const choose = async (itemId: string, value: number | null) => {
    const message = await saveRoundResponse(round.round, participant.id, itemId, value);
    setErrors((e) => {
      const { [itemId]: _dropped, ...rest } = e;
      return message ? { ...rest, [itemId]: message } : rest;
    });
  };

  return (
    <section className="round-sheet" aria-labelledby="round-sheet-title">
      <h2 id="round-sheet-title">
        Round {round.round}: {name}
      </h2>
      {feedback.error && <Notice kind="error">{feedback.error}</Notice>}
      <ol className="round-items">
        {round.items.map((itemId, index) => {
          const found = items.find((i) => i.item.id === itemId);
          if (!found) return null;
          const { section, item } = found;
          const shown = feedback.value?.items.find((f) => f.item === itemId);
          const last = shown?.ownPrevious;
          const answer = own(itemId);
          const label = (value: number | null) =>
            value === null
              ? NOT_SURE_LABEL
              : `${value}, ${section.scale.labels[value - section.scale.min] ?? ''}`;
          return (
            <li key={itemId} className="round-item">
              <div>
                <p className="muted small">
                  {index + 1} of {round.items.length} · {section.title}
                </p>
                <p>{item.text}</p>
                <p className="small">
                  {last ? (
                    <>
                      Your last answer (round {last.round}): <strong>{label(last.value)}</strong>
                    </>
                  ) : (
                    <span className="muted">You did not answer this before.</span>
                  )}
                </p>
                <ScaleChoice
                  scale={section.scale}
                  value={answer ? answer.value : undefined}
                  onChoose={(value) => void choose(itemId, value)}
                  label={`Your answer in round ${round.round}: ${item.text}`}
                  compact
                />
                {errors[itemId] && <Notice kind="error">{errors[itemId]}</Notice>}
              </div>
              <figure className="round-previous">
                {shown?.previous ? (
                  <DistributionBars
                    distribution={{ ...shown.previous, byParticipant: [] }}
                    scale={section.scale}
                  />
                ) : (
                  <span className="muted small">{feedback.value ? 'No earlier answers' : 'Loading…'}</span>
                )}
                <figcaption className="muted small">
                  {shown?.previousRound ? `The team in round ${shown.previousRound}` : ''}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onFinish}>
          Done: hand the laptop on
        </button>
      </div>
    </section>
  );
}
