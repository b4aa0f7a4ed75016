import { memo, useId, useState } from 'react';
import { NOT_SURE_LABEL } from '../../shared/instrument/scales.ts';
import type { SectionItem } from '../../shared/instrument/sections.ts';
import type { Scale } from '../../shared/instrument/types.ts';
import { MAX_NOTE } from '../../shared/limits.ts';

type Props = {
  readonly item: SectionItem;
  readonly number: number;
  readonly scale: Scale;
  /** The chosen answer: a value on the scale, null for "Not sure", undefined while unanswered. */
  readonly value: number | null | undefined;
  readonly note: string;
  readonly onAnswer: (itemId: string, value: number | null) => void;
  readonly onNote: (itemId: string, note: string) => void;
};

/**
 * One item: its words, the scale's words and "Not sure" as one group of radio buttons (the
 * arrow keys move between them, as in any form), and an optional note.
 */
export const ItemQuestion = memo(function ItemQuestion({
  item,
  number,
  scale,
  value,
  note,
  onAnswer,
  onNote,
}: Props) {
  const noteId = useId();
  // Open at first when a note was kept; after that the person opens and closes it (clearing the
  // note while typing must not fold it away).
  const [noteOpen] = useState(note !== '');
  const choices: { value: number | null; label: string }[] = [
    ...scale.labels.map((label, i) => ({ value: scale.min + i, label })),
    { value: null, label: NOT_SURE_LABEL },
  ];
  return (
    <fieldset className={`pw-item${value === undefined ? '' : ' pw-answered'}`} id={`item-${item.id}`}>
      <legend>
        <span className="pw-number">{number}.</span>{' '}
        {item.title && <strong className="pw-item-title">{item.title}: </strong>}
        {item.text}
      </legend>
      <div className="pw-choices">
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className={choice.value === null ? 'pw-choice pw-unsure' : 'pw-choice'}
          >
            <input
              type="radio"
              name={item.id}
              value={choice.value === null ? 'unsure' : String(choice.value)}
              checked={value === choice.value}
              onChange={() => onAnswer(item.id, choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <details className="pw-note" open={noteOpen || undefined}>
        <summary>{note === '' ? 'Add a note' : 'Your note'}</summary>
        <label htmlFor={noteId}>Note (optional)</label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={MAX_NOTE}
          value={note}
          onChange={(event) => onNote(item.id, event.target.value)}
        />
      </details>
    </fieldset>
  );
});
