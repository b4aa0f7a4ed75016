import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { Scale } from '../../../shared/instrument/types.ts';

type Props = {
  readonly scale: Scale;
  /** undefined: not answered; null: "Not sure". */
  readonly value: number | null | undefined;
  readonly onChoose: (value: number | null) => void;
  readonly label: string;
  readonly compact?: boolean;
};

/** The answers to one item as a radio group; each button shows its key. */
export function ScaleChoice({ scale, value, onChoose, label, compact = false }: Props) {
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
            className={option.value === null ? 'scale-option not-sure' : 'scale-option'}
            onClick={() => onChoose(option.value)}
            tabIndex={checked || (value === undefined && option.key === String(scale.min)) ? 0 : -1}
          >
            <kbd aria-hidden="true">{option.key}</kbd>
            <span className={compact ? 'visually-hidden' : undefined}>{option.label}</span>
            {compact && (
              <span aria-hidden="true" className="compact-label">
                {option.value ?? '?'}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
