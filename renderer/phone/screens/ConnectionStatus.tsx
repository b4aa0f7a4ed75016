import { usePhoneStore } from '../store/phone-store.ts';

/**
 * The one live region for the connection and the saving: "Reconnecting…" whenever the socket
 * is down (answers wait on the phone), otherwise whether everything given is saved.
 */
export function ConnectionStatus() {
  const connection = usePhoneStore((s) => s.connection);
  const waiting = usePhoneStore((s) => s.seat.pending.size);
  let text: string;
  let kind: string;
  if (connection !== 'open') {
    kind = 'reconnecting';
    text = waiting > 0 ? `Reconnecting… ${waiting} kept on this phone` : 'Reconnecting…';
  } else if (waiting > 0) {
    kind = 'sending';
    text = 'Saving…';
  } else {
    kind = 'saved';
    text = 'All saved';
  }
  return (
    <p className={`connection connection-${kind}`} role="status" aria-live="polite" data-connection={kind}>
      <span className="connection-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
