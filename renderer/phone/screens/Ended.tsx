import { usePhoneStore } from '../store/phone-store.ts';

/** The room has ended, the seat was released, or the room no longer knows this phone. */
export function Ended({ message }: { readonly message: string }) {
  const rejoin = usePhoneStore((s) => s.rejoin);
  return (
    <main className="phone-page centred ended">
      <h1>This phone is no longer in the room</h1>
      <p className="lead" role="status">
        {message}
      </p>
      <p className="muted">If the facilitator asks you to, you can join again.</p>
      <button type="button" className="wide" onClick={rejoin}>
        Join again
      </button>
    </main>
  );
}
