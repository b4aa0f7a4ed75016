import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AuditDetail, Participant } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { commandForKey } from './keys.ts';
import { ScaleChoice } from './ScaleChoice.tsx';

type Props = {
  readonly detail: AuditDetail;
  readonly participant: Participant;
  readonly name: string;
  readonly sections: readonly Section[];
  readonly onFinish: () => void;
};

/** One participant's blind scoring, section by section, keyboard first. */
export function ScoringSheet({ detail, participant, name, sections, onFinish }: Props) {
  const saveResponse = useAuditStore((s) => s.saveResponse);
  const [position, setPositionState] = useState({ section: 0, item: 0 });
  // Mirrors the position for key handlers: keys pressed faster than React renders must still
  // land on the item the previous key moved to.
  const current = useRef(position);
  const setPosition = (
    next:
      | { section: number; item: number }
      | ((p: { section: number; item: number }) => { section: number; item: number }),
  ) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setPositionState(current.current);
  };
  const [mode, setMode] = useState<'one' | 'list'>('one');
  const sheet = useRef<HTMLDivElement>(null);

  const answers = useMemo(() => {
    const map = new Map<string, { value: number | null; note: string }>();
    for (const r of detail.responses) if (r.participantId === participant.id) map.set(r.itemId, r);
    return map;
  }, [detail.responses, participant.id]);

  const at = (p: { section: number; item: number }) => {
    const s = sections[p.section] ?? sections[0]!;
    const i = s.items[p.item] ?? s.items[0]!;
    return {
      section: s,
      item: i,
      isLast: p.section === sections.length - 1 && p.item === s.items.length - 1,
    };
  };
  const { section, item, isLast } = at(position);

  useEffect(() => sheet.current?.focus(), [position.section, mode]);

  const move = (by: 1 | -1) => {
    setPosition((p) => {
      const current = sections[p.section]!;
      if (by === 1 && p.item < current.items.length - 1) return { ...p, item: p.item + 1 };
      if (by === -1 && p.item > 0) return { ...p, item: p.item - 1 };
      const nextSection = p.section + by;
      if (nextSection < 0 || nextSection >= sections.length) return p;
      return { section: nextSection, item: by === 1 ? 0 : sections[nextSection]!.items.length - 1 };
    });
  };

  const answer = (itemId: string, value: number | null) => void saveResponse(participant.id, itemId, value);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
    if (mode === 'list') return;
    const here = at(current.current);
    const command = commandForKey(
      event.key,
      here.section.scale,
      event.ctrlKey || event.metaKey || event.altKey,
    );
    if (!command) return;
    if (command.kind === 'next' && event.key === 'Enter' && target.tagName === 'BUTTON') return; // Enter activates the button
    event.preventDefault();
    if (command.kind === 'answer') {
      answer(here.item.id, command.value);
      if (!here.isLast) move(1);
    } else if (command.kind === 'next') {
      if (here.isLast) onFinish();
      else move(1);
    } else move(-1);
  };

  const sectionDone = (s: Section) => s.items.filter((i) => answers.has(i.id)).length;
  const total = sections.reduce((sum, s) => sum + s.items.length, 0);

  return (
    <div
      className="scoring"
      ref={sheet}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      aria-label={`Scoring for ${name}`}
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
                onClick={() => setPosition({ section: i, item: 0 })}
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
        <button type="button" onClick={onFinish}>
          Finish and hand over
        </button>
      </aside>

      <section className="scoring-main" aria-labelledby="section-title">
        <h2 id="section-title">{section.title}</h2>
        <p className="muted">
          {section.prompt} Keys: {section.scale.min}–{section.scale.max}, N for Not sure, arrows or Enter to
          move.
        </p>
        {mode === 'one' ? (
          <ItemCard
            key={item.id}
            index={position.item}
            count={section.items.length}
            section={section}
            item={item}
            answer={answers.get(item.id)}
            onAnswer={(value) => answer(item.id, value)}
            onNote={(note) => {
              const current = answers.get(item.id);
              if (current) void saveResponse(participant.id, item.id, current.value, note);
            }}
          />
        ) : (
          <ol className="compact-list">
            {section.items.map((i) => (
              <li key={i.id}>
                <p>
                  {i.title ? <strong>{i.title}. </strong> : null}
                  {i.text}
                </p>
                <ScaleChoice
                  compact
                  scale={section.scale}
                  value={answers.get(i.id)?.value}
                  onChoose={(v) => answer(i.id, v)}
                  label={i.title ?? i.text}
                />
              </li>
            ))}
          </ol>
        )}
        <div className="item-nav">
          <button
            type="button"
            onClick={() => move(-1)}
            disabled={position.section === 0 && position.item === 0}
          >
            ← Previous
          </button>
          {isLast ? (
            <button type="button" className="primary" onClick={onFinish}>
              Finish
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() =>
                mode === 'list' ? setPosition({ section: position.section + 1, item: 0 }) : move(1)
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
  readonly index: number;
  readonly count: number;
  readonly section: Section;
  readonly item: Section['items'][number];
  readonly answer: { value: number | null; note: string } | undefined;
  readonly onAnswer: (value: number | null) => void;
  readonly onNote: (note: string) => void;
};

function ItemCard({ index, count, section, item, answer, onAnswer, onNote }: CardProps) {
  const [note, setNote] = useState(answer?.note ?? '');
  return (
    <article className="item-card" aria-labelledby={`item-${item.id}`}>
      <p className="muted small">
        {index + 1} of {count}
      </p>
      {item.title && <h3>{item.title}</h3>}
      <p id={`item-${item.id}`} className="item-text">
        {item.text}
      </p>
      {item.hint && (
        <details className="hint">
          <summary>Facilitator hint</summary>
          <p>{item.hint}</p>
        </details>
      )}
      <ScaleChoice
        scale={section.scale}
        value={answer?.value}
        onChoose={onAnswer}
        label={item.title ?? item.text}
      />
      <label className="note">
        <span>
          Note <span className="muted">(optional{answer ? '' : '; answer first'})</span>
        </span>
        <textarea
          value={note}
          disabled={!answer}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== (answer?.note ?? '') && onNote(note)}
        />
      </label>
    </article>
  );
}
