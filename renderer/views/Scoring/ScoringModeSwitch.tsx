import type { ScoringMode } from '../../stores/session.ts';

type Props = {
  readonly mode: ScoringMode;
  readonly onChoose: (mode: ScoringMode) => void;
};

const MODES: readonly { readonly id: ScoringMode; readonly label: string }[] = [
  { id: 'laptop', label: 'Pass the laptop' },
  { id: 'room', label: 'Room: everyone on their phone' },
];

/** How blind scoring runs: the laptop passed round, or the room console; both can be mixed. */
export function ScoringModeSwitch({ mode, onChoose }: Props) {
  return (
    <div className="scoring-modes" role="group" aria-label="How people score">
      {MODES.map((m) => (
        <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => onChoose(m.id)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
