import { useEffect, useRef, useState } from 'react';
import type { Participant, RevoteRound, RoundResponse } from '../../../shared/api/models.ts';
import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { DistributionBars } from '../../components/DistributionBars.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useRoundFeedback } from '../../stores/rounds.ts';
import { NOTE_KEY } from '../Scoring/keys.ts';
import { ScaleChoice } from '../Scoring/ScaleChoice.tsx';
import { useScoringKeys } from '../Scoring/use-scoring-keys.ts';

type Props = {
  readonly round: RevoteRound;
  readonly participant: Participant;
  readonly name: string;
  readonly sections: readonly Section[];
  readonly onFinish: () => void;
};

type Entry = { readonly section: Section; readonly item: Section['items'][number] };

/**
 * One person's answers in a re-vote round: each statement with the team's previous
 * distribution (counts only) and the person's own last answer, the scale to answer again and a
 * note. Keyboard first, with the blind scoring sheet's keys (use-scoring-keys.ts): the keys
 * answer the current statement and move on; after the last, focus goes to "Done".
 */
export function RoundSheet({ round, participant, name, sections, onFinish }: Props) {
  const responses = useAuditStore((s) => s.detail?.roundResponses);
  const saveRoundResponse = useAuditStore((s) => s.saveRoundResponse);
  const feedback = useRoundFeedback(participant.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const catalog = new Map(sections.flatMap((s) => s.items.map((item) => [item.id, { section: s, item }])));
  const entries = round.items.flatMap((id): Entry[] => {
    const found = catalog.get(id);
    return found ? [found] : [];
  });
  const own = (itemId: string): RoundResponse | undefined =>
    responses?.find((r) => r.round === round.round && r.participant === participant.id && r.item === itemId);

  // The statement the keys answer: the first not yet answered when the sheet opens.
  const [position, setPositionState] = useState(() =>
    Math.max(
      0,
      entries.findIndex((e) => !own(e.item.id)),
    ),
  );
  const current = useRef(position);
  const rows = useRef(new Map<number, HTMLLIElement>());
  const notes = useRef(new Map<number, HTMLTextAreaElement>());
  const done = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'row' | 'note' | 'done' | null>('row');
  /** Notes typed before the statement was answered; each is saved with its answer. */
  const drafts = useRef(new Map<string, string>());

  // Every move renders, even to the same statement, so focus follows it (to the note, back from Done).
  const [, setMoves] = useState(0);
  const moveTo = (index: number, focus: 'row' | 'note' | 'done' = 'row') => {
    current.current = index;
    focusNext.current = focus;
    setPositionState(index);
    setMoves((n) => n + 1);
  };
  const isLast = (index: number) => index >= entries.length - 1;

  const save = async (itemId: string, value: number | null, note?: string) => {
    const message = await saveRoundResponse(round.round, participant.id, itemId, value, note);
    setErrors((e) => {
      const { [itemId]: _dropped, ...rest } = e;
      return message ? { ...rest, [itemId]: message } : rest;
    });
  };
  const answer = (index: number, value: number | null) => {
    const entry = entries[index];
    if (!entry) return;
    const note = drafts.current.get(entry.item.id);
    drafts.current.delete(entry.item.id);
    void save(entry.item.id, value, note);
    // Answering moves on, by key or by click; after the last statement, to "Done".
    moveTo(isLast(index) ? index : index + 1, isLast(index) ? 'done' : 'row');
  };

  useScoringKeys({
    scale: () => entries[current.current]?.section.scale ?? null,
    onAnswer: (value) => answer(current.current, value),
    onNote: () => moveTo(current.current, 'note'),
    onNext: () => (isLast(current.current) ? moveTo(current.current, 'done') : moveTo(current.current + 1)),
    // From "Done", back to the last statement; elsewhere, the one before.
    onPrevious: () =>
      moveTo(document.activeElement === done.current ? current.current : Math.max(0, current.current - 1)),
    isNote: (element) => [...notes.current.values()].includes(element as HTMLTextAreaElement),
    onLeaveNote: () => rows.current.get(current.current)?.focus(),
  });

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'row') rows.current.get(current.current)?.focus();
    else if (target === 'note') notes.current.get(current.current)?.focus();
    else if (target === 'done') done.current?.focus();
  });

  const range = entries[0] ? `${entries[0].section.scale.min}–${entries[0].section.scale.max}` : '';
  return (
    <section className="round-sheet" aria-labelledby="round-sheet-title">
      <h2 id="round-sheet-title">
        Round {round.round}: {name}
      </h2>
      <p className="keys-legend small muted">
        Keys: <kbd>{range}</kbd> answer · <kbd>N</kbd> Not sure · <kbd>↑</kbd> <kbd>↓</kbd> move ·{' '}
        <kbd>Enter</kbd> next · <kbd>{NOTE_KEY}</kbd> write a note · <kbd>Esc</kbd> back from the note
      </p>
      {feedback.error && <Notice kind="error">{feedback.error}</Notice>}
      <ol className="round-items">
        {entries.map(({ section, item }, index) => {
          const shown = feedback.value?.items.find((f) => f.item === item.id);
          const last = shown?.ownPrevious;
          const saved = own(item.id);
          const label = (value: number | null) =>
            value === null
              ? NOT_SURE_LABEL
              : `${value}, ${section.scale.labels[value - section.scale.min] ?? ''}`;
          const isCurrent = index === position;
          return (
            <li
              key={item.id}
              ref={(row) => void (row ? rows.current.set(index, row) : rows.current.delete(index))}
              tabIndex={-1}
              className={isCurrent ? 'round-item current' : 'round-item'}
              aria-current={isCurrent ? 'true' : undefined}
              aria-labelledby={`round-item-${item.id}`}
              onFocus={() => {
                if (current.current !== index) {
                  current.current = index;
                  setPositionState(index);
                }
              }}
            >
              <div>
                <p className="muted small">
                  {index + 1} of {entries.length} · {section.title}
                </p>
                <p id={`round-item-${item.id}`}>{item.text}</p>
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
                  value={saved ? saved.value : undefined}
                  onChoose={(value) => answer(index, value)}
                  label={`Your answer in round ${round.round}: ${item.text}`}
                  compact
                />
                <RoundNote
                  position={index + 1}
                  noteRef={(field) =>
                    void (field ? notes.current.set(index, field) : notes.current.delete(index))
                  }
                  saved={saved}
                  draft={drafts.current.get(item.id)}
                  onDraft={(note) => drafts.current.set(item.id, note)}
                  onNote={(note) => {
                    drafts.current.delete(item.id);
                    if (saved) void save(item.id, saved.value, note);
                  }}
                />
                {errors[item.id] && <Notice kind="error">{errors[item.id]}</Notice>}
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
        <button ref={done} type="button" className="primary" onClick={onFinish}>
          Done: hand the laptop on
        </button>
      </div>
    </section>
  );
}

type NoteProps = {
  /** The statement's place in the round, so each note has its own name. */
  readonly position: number;
  readonly noteRef: (field: HTMLTextAreaElement | null) => void;
  readonly saved: RoundResponse | undefined;
  readonly draft: string | undefined;
  readonly onDraft: (note: string) => void;
  readonly onNote: (note: string) => void;
};

/** A statement's note in the round: typed before the answer it is saved with it, after it on leaving the field. */
function RoundNote({ position, noteRef, saved, draft, onDraft, onNote }: NoteProps) {
  const [note, setNote] = useState(draft ?? saved?.note ?? '');
  return (
    <label className="note">
      <span>
        Note <span className="muted">({saved ? 'optional' : 'optional; saved with your answer'})</span>
      </span>
      <textarea
        ref={noteRef}
        aria-label={`Note on statement ${position}${saved ? '' : ', saved with your answer'}`}
        value={note}
        rows={2}
        onChange={(e) => {
          setNote(e.target.value);
          onDraft(e.target.value);
        }}
        onBlur={() => saved && note !== saved.note && onNote(note)}
      />
    </label>
  );
}
