import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { Scale } from '../../../shared/instrument/types.ts';

type Props = {
  readonly scale: Scale;
  /** undefined: not answered; null: "Not sure". */
  readonly value: number | null | undefined;
  readonly onChoose: (value: number | null) => void;
  readonly label: string;
  readonly compact?: boolean;
  /** After the reveal: answers are shown but cannot be changed. */
  readonly disabled?: boolean;
};

/**
 * The answers to one item as a radio group; each button shows its key and the scale's words
 * (in the compact list too, so nobody has to remember what 2 meant).
 */
export function ScaleChoice({ scale, value, onChoose, label, compact = false, disabled = false }: Props) {
  const options: { value: number | null; label: string; key: string }[] = [
    ...scale.labels.map((text, i) => ({ value: scale.min + i, label: text, key: String(scale.min + i) })),
    { value: null, label: NOT_SURE_LABEL, key: 'N' },
  ];
  return (
    <div role="radiogroup" aria-label={label} className={compact ? 'scale scale-compact' : 'scale'}>
      {options.map((option) => {
        const checked = value !== undefined && value === option.value;
        return (
          <button
            key={option.key}
            type="button"
            role="radio"
            aria-checked={checked}
            disabled={disabled}
            className={option.value === null ? 'scale-option not-sure' : 'scale-option'}
            onClick={() => onChoose(option.value)}
            tabIndex={checked || (value === undefined && option.key === String(scale.min)) ? 0 : -1}
          >
            <kbd aria-hidden="true">{option.key}</kbd>
            <span>{option.label}</span>
          </button>
        );
      })}
    </div>
  );
}
