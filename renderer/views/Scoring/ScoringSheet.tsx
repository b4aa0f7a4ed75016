import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { AuditDetail, Participant } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { NOTE_KEY } from './keys.ts';
import { ScaleChoice } from './ScaleChoice.tsx';
import { SkippedWarning, skippedItems, type Skipped } from './SkippedWarning.tsx';
import { useScoringKeys } from './use-scoring-keys.ts';

type Props = {
  readonly detail: AuditDetail;
  readonly participant: Participant;
  readonly name: string;
  readonly sections: readonly Section[];
  readonly onFinish: () => void;
};

type Position = { readonly section: number; readonly item: number };

/**
 * One participant's blind scoring, section by section, keyboard first. The keys work wherever
 * focus is while the sheet is open (they are heard on the document, not on one element), each
 * answers the item on screen (the current row in the compact list), and after every move focus
 * goes to the item on screen, so it never falls to the page's body.
 */
export function ScoringSheet({ detail, participant, name, sections, onFinish }: Props) {
  const saveResponse = useAuditStore((s) => s.saveResponse);
  const [position, setPositionState] = useState<Position>({ section: 0, item: 0 });
  // Mirrors the position for key handlers: keys pressed faster than React renders must still
  // land on the item the previous key moved to.
  const current = useRef(position);
  const setPosition = (next: Position) => {
    current.current = next;
    setPositionState(next);
  };
  const [mode, setMode] = useState<'one' | 'list'>('one');
  const [skipped, setSkippedState] = useState<Skipped | null>(null);
  const warning = useRef<Skipped | null>(null);
  const setSkipped = (next: Skipped | null) => {
    warning.current = next;
    setSkippedState(next);
  };
  /** The item card (one at a time) or the current row (compact list): where focus goes after a move. */
  const focusTarget = useRef<HTMLElement | null>(null);
  const noteField = useRef<HTMLTextAreaElement | null>(null);
  const focusNext = useRef<'item' | 'note' | null>('item');
  /** Notes typed before the item was answered; each is saved with its answer. */
  const drafts = useRef(new Map<string, string>());
  const locked = detail.revealedAt !== null;

  const answers = useMemo(() => {
    const map = new Map<string, { value: number | null; note: string }>();
    for (const r of detail.responses) if (r.participant === participant.id) map.set(r.item, r);
    return map;
  }, [detail.responses, participant.id]);

  const at = (p: Position) => {
    const s = sections[p.section] ?? sections[0]!;
    const i = s.items[p.item] ?? s.items[0]!;
    return {
      section: s,
      item: i,
      isLast: p.section === sections.length - 1 && p.item === s.items.length - 1,
    };
  };
  const { section, item, isLast } = at(position);

  const step = (p: Position, by: 1 | -1): Position => {
    const here = sections[p.section]!;
    if (by === 1 && p.item < here.items.length - 1) return { ...p, item: p.item + 1 };
    if (by === -1 && p.item > 0) return { ...p, item: p.item - 1 };
    const nextSection = p.section + by;
    if (nextSection < 0 || nextSection >= sections.length) return p;
    return { section: nextSection, item: by === 1 ? 0 : sections[nextSection]!.items.length - 1 };
  };
  const moveTo = (next: Position) => {
    focusNext.current = 'item';
    setSkipped(null);
    setPosition(next);
  };

  const answer = (p: Position, value: number | null) => {
    if (locked) return;
    const here = at(p);
    const note = drafts.current.get(here.item.id);
    drafts.current.delete(here.item.id);
    void saveResponse(participant.id, here.item.id, value, note);
    // Answering moves on, by key or by click, so the next key answers the next item.
    moveTo(here.isLast ? p : step(p, 1));
  };

  const requestFinish = () => {
    // The store, not this render: an answer given a moment ago counts.
    const responses = useAuditStore.getState().detail?.responses ?? detail.responses;
    const missing = skippedItems(sections, responses, participant.id);
    if (missing.count === 0) onFinish();
    else setSkipped(missing);
  };

  useScoringKeys({
    scale: () => (warning.current || locked ? null : at(current.current).section.scale),
    onAnswer: (value) => answer(current.current, value),
    onNote: () => {
      if (mode === 'one') noteField.current?.focus();
      else {
        focusNext.current = 'note'; // once the item's card is on screen
        setMode('one');
      }
    },
    onNext: () => {
      if (at(current.current).isLast) requestFinish();
      else moveTo(step(current.current, 1));
    },
    onPrevious: () => moveTo(step(current.current, -1)),
    isNote: (element) => element === noteField.current,
    onLeaveNote: () => focusTarget.current?.focus(),
    onEscape: () => {
      if (!warning.current) return false;
      moveTo(current.current);
      return true;
    },
  });

  // After a move, or when the element that had focus has gone (the previous item's answer, a
  // button that became disabled), focus the item on screen. Focus merely passing through the
  // body between two elements (a blur that saves a note) is not a loss.
  const lastFocused = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (skipped) return;
    const active = document.activeElement;
    const previous = lastFocused.current;
    const gone =
      previous !== null && (!previous.isConnected || (previous as HTMLButtonElement).disabled === true);
    const lost = gone && (active === null || active === document.body || active === previous);
    if (focusNext.current === 'note' && noteField.current) noteField.current.focus();
    else if (focusNext.current === 'item' || lost) focusTarget.current?.focus();
    focusNext.current = null;
  });

  const sectionDone = (s: Section) => s.items.filter((i) => answers.has(i.id)).length;
  const total = sections.reduce((sum, s) => sum + s.items.length, 0);
  const firstSection = position.section === 0;
  const lastSection = position.section === sections.length - 1;
  const range = `${section.scale.min}–${section.scale.max}`;

  return (
    <div
      className="scoring"
      tabIndex={-1}
      aria-label={`Scoring for ${name}`}
      onFocus={(event) => void (lastFocused.current = event.target)}
    >
      <aside className="section-list" aria-label="Sections">
        <p className="scorer">
          Scoring: <strong>{name}</strong>
          <span className="muted small">
            {' '}
            {answers.size} of {total} answered
          </span>
        </p>
        <ol>
          {sections.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                aria-current={i === position.section ? 'step' : undefined}
                onClick={() => {
                  setSkipped(null);
                  setPosition({ section: i, item: 0 });
                }}
              >
                <span>{s.title}</span>
                <span className="muted small">
                  {sectionDone(s)}/{s.items.length}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <div className="mode-switch" role="group" aria-label="Layout">
          <button type="button" aria-pressed={mode === 'one'} onClick={() => setMode('one')}>
            One at a time
          </button>
          <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
            Compact list
          </button>
        </div>
        <button type="button" onClick={requestFinish}>
          Finish and hand over
        </button>
      </aside>

      <section className="scoring-main" aria-labelledby="section-title">
        <h2 id="section-title">{section.title}</h2>
        {locked && (
          <Notice kind="info">
            The reveal has started, so answers are locked: everyone has seen the team’s answers. The
            facilitator can reopen blind scoring from the list of participants.
          </Notice>
        )}
        <p className="muted">{section.prompt}</p>
        <p className="keys-legend small muted">
          Keys: <kbd>{range}</kbd> answer · <kbd>N</kbd> Not sure · <kbd>←</kbd> <kbd>→</kbd> move ·{' '}
          <kbd>Enter</kbd> next{mode === 'one' ? ' · ' : ''}
          {mode === 'one' && (
            <>
              <kbd>{NOTE_KEY}</kbd> write a note
            </>
          )}
        </p>
        {skipped ? (
          <SkippedWarning
            skipped={skipped}
            total={total}
            onBack={() => moveTo(skipped.first)}
            onFinish={() => {
              setSkipped(null);
              onFinish();
            }}
          />
        ) : mode === 'one' ? (
          <ItemCard
            key={item.id}
            cardRef={focusTarget}
            noteRef={noteField}
            index={position.item}
            count={section.items.length}
            section={section}
            item={item}
            answer={answers.get(item.id)}
            draft={drafts.current.get(item.id)}
            locked={locked}
            onAnswer={(value) => answer(current.current, value)}
            onDraft={(note) => drafts.current.set(item.id, note)}
            onNote={(note) => {
              drafts.current.delete(item.id);
              const saved = answers.get(item.id);
              if (saved && !locked) void saveResponse(participant.id, item.id, saved.value, note);
            }}
          />
        ) : (
          <ol className="compact-list">
            {section.items.map((i, index) => {
              const isCurrent = index === position.item;
              return (
                <li
                  key={i.id}
                  ref={isCurrent ? (element) => void (focusTarget.current = element) : undefined}
                  tabIndex={-1}
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'true' : undefined}
                  aria-label={i.title ?? i.text}
                  onFocus={() => {
                    if (current.current.item !== index || current.current.section !== position.section)
                      setPosition({ section: position.section, item: index });
                  }}
                >
                  <p>
                    {i.title ? <strong>{i.title}. </strong> : null}
                    {i.text}
                  </p>
                  <ScaleChoice
                    compact
                    scale={section.scale}
                    value={answers.get(i.id)?.value}
                    disabled={locked}
                    onChoose={(v) => answer({ section: position.section, item: index }, v)}
                    label={i.title ?? i.text}
                  />
                </li>
              );
            })}
          </ol>
        )}
        <div className="item-nav">
          <button
            type="button"
            onClick={() =>
              mode === 'list'
                ? moveTo({ section: position.section - 1, item: 0 })
                : moveTo(step(current.current, -1))
            }
            disabled={mode === 'list' ? firstSection : firstSection && position.item === 0}
          >
            ← Previous
          </button>
          {(mode === 'list' ? lastSection : isLast) ? (
            <button type="button" className="primary" onClick={requestFinish}>
              Finish
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() =>
                mode === 'list'
                  ? moveTo({ section: position.section + 1, item: 0 })
                  : moveTo(step(current.current, 1))
              }
            >
              Next →
            </button>
          )}
        </div>
      </section>
    </div>
  );
}

type CardProps = {
  readonly cardRef: Ref<HTMLElement>;
  readonly noteRef: Ref<HTMLTextAreaElement>;
  readonly index: number;
  readonly count: number;
  readonly section: Section;
  readonly item: Section['items'][number];
  readonly answer: { value: number | null; note: string } | undefined;
  /** A note typed before the item was answered. */
  readonly draft: string | undefined;
  readonly locked: boolean;
  readonly onAnswer: (value: number | null) => void;
  readonly onDraft: (note: string) => void;
  readonly onNote: (note: string) => void;
};

/**
 * The item on screen: its text, the answers and a note. The facilitator's hint is not shown
 * here: it is for the facilitator and the reveal, and would steer a blind answer.
 */
function ItemCard(props: CardProps) {
  const { cardRef, noteRef, index, count, section, item, answer, draft, locked } = props;
  const [note, setNote] = useState(draft ?? answer?.note ?? '');
  return (
    <article ref={cardRef} tabIndex={-1} className="item-card" aria-labelledby={`item-${item.id}`}>
      <p className="muted small">
        {index + 1} of {count}
      </p>
      {item.title && <h3>{item.title}</h3>}
      <p id={`item-${item.id}`} className="item-text">
        {item.text}
      </p>
      <ScaleChoice
        scale={section.scale}
        value={answer?.value}
        disabled={locked}
        onChoose={props.onAnswer}
        label={item.title ?? item.text}
      />
      <label className="note">
        <span>
          Note <span className="muted">({answer ? 'optional' : 'optional; saved with your answer'})</span>{' '}
          <span className="key-hint muted small">
            <kbd>{NOTE_KEY}</kbd> to write, <kbd>Esc</kbd> to go back to the answers
          </span>
        </span>
        <textarea
          ref={noteRef}
          value={note}
          rows={2}
          readOnly={locked}
          onChange={(e) => {
            setNote(e.target.value);
            props.onDraft(e.target.value);
          }}
          onBlur={() => answer && note !== answer.note && props.onNote(note)}
        />
      </label>
    </article>
  );
}
