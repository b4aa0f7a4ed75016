import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { PhoneItem } from '../logic/items.ts';
import type { ShownAnswer } from '../logic/seat-state.ts';
import { SavedMark } from './SavedMark.tsx';

type Props = {
  readonly item: PhoneItem;
  readonly shown: ShownAnswer | undefined;
  readonly onChoose: (value: number | null) => void;
};

/**
 * The scale's words as big buttons, one per line for a thumb, "Not sure" apart below them. The
 * chosen one says whether the laptop has it (saved) or the phone still holds it.
 */
export function AnswerButtons({ item, shown, onChoose }: Props) {
  const options = [
    ...item.scale.labels.map((label, i) => ({ value: item.scale.min + i, label })),
    { value: null, label: NOT_SURE_LABEL },
  ];
  return (
    <div className="answers" role="radiogroup" aria-labelledby="item-text" aria-describedby="item-prompt">
      {options.map((option) => {
        const chosen = shown !== undefined && shown.value === option.value;
        return (
          <button
            key={option.label}
            type="button"
            role="radio"
            aria-checked={chosen}
            aria-describedby={chosen ? 'answer-state' : undefined}
            className={option.value === null ? 'answer not-sure' : 'answer'}
            onClick={() => onChoose(option.value)}
          >
            <span className="answer-mark" aria-hidden="true" />
            <span className="answer-label">{option.label}</span>
            {chosen && <SavedMark id="answer-state" saved={shown.saved} />}
          </button>
        );
      })}
    </div>
  );
}
