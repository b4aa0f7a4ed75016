import { usePhoneStore } from '../store/phone-store.ts';

/**
 * The live region for the connection and the saving: "Reconnecting…" whenever the socket is
 * down, "Saving…" while the laptop has not acknowledged everything, "All saved" once it has.
 */
export function ConnectionStatus() {
  const connection = usePhoneStore((s) => s.connection);
  const waiting = usePhoneStore((s) => s.seat.pending.size);
  const scoring = usePhoneStore((s) => s.snapshot?.phase === 'scoring');
  const [kind, text] =
    connection !== 'open'
      ? ['reconnecting', 'Reconnecting…']
      : waiting > 0
        ? ['sending', 'Saving…']
        : ['saved', scoring ? 'All saved' : 'Connected'];
  return (
    <p className={`connection connection-${kind}`} role="status" data-connection={kind}>
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
