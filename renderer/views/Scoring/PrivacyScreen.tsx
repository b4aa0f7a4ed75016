import { useEffect, useRef } from 'react';

/** Covers the screen between two people, so nobody sees the previous person's answers. */
export function PrivacyScreen({
  name,
  onReady,
  onCancel,
}: {
  readonly name: string;
  readonly onReady: () => void;
  readonly onCancel: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="privacy-screen" role="dialog" aria-modal="true" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Hand the laptop to {name}</h2>
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
