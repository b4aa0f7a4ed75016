import { useEffect, useRef } from 'react';
import { usePhoneStore } from '../store/phone-store.ts';

/** How long the thank-you stays before the phone goes back to the locked screen by itself. */
const SHOWN_MS = 8000;

/**
 * The re-vote round this phone was answering has closed: thank the person, then back to the
 * locked screen (by itself after a few seconds, or at once with the button).
 */
export function RoundClosed({ round }: { readonly round: number }) {
  const dismiss = usePhoneStore((s) => s.dismissRoundClosed);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
    const timer = setTimeout(dismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [dismiss]);
  return (
    <main className="phone-main centred round-closed" aria-labelledby="round-closed-title">
      <h1 id="round-closed-title" tabIndex={-1} ref={title}>
        Thanks, the round is closed
      </h1>
      <p className="lead">
        Round {round} is over and your answers in it are saved. Look at the screen at the front to see how the
        team answered.
      </p>
      <button type="button" className="primary wide" onClick={dismiss}>
        OK
      </button>
    </main>
  );
}
