import { useEffect, useRef } from 'react';

type Props = {
  /** The next person's name, or their code in presentation mode. */
  readonly name: string;
  /** True when `name` is a code (presentation mode): the screen then says how to recognise it. */
  readonly byCode: boolean;
  readonly onReady: () => void;
  readonly onCancel: () => void;
};

/**
 * Covers the screen between two people, so nobody sees the previous person's answers. On a
 * projector it names the next person by code only, and says where each person finds theirs.
 */
export function PrivacyScreen({ name, byCode, onReady, onCancel }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="privacy-screen" role="dialog" aria-modal="true" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Hand the laptop to {name}</h2>
      {byCode && (
        <p className="privacy-code">
          {name} is a participant’s code: it stands beside each name in Set-up, and the facilitator gives
          everyone theirs before scoring starts. Not {name}? Pass the laptop on.
        </p>
      )}
      <p>Answers are private until the reveal. {name}, press Enter when you are ready to start.</p>
      <div className="form-actions">
        <button ref={button} type="button" className="primary large" onClick={onReady}>
          I am {name}: start
        </button>
        <button type="button" onClick={onCancel}>
          Back to the list of participants
        </button>
      </div>
    </div>
  );
}
