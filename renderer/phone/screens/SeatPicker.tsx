import type { JoinAnswer } from '../../../shared/room/protocol.ts';
import { usePhoneStore } from '../store/phone-store.ts';
import { NewSeatForm } from './NewSeatForm.tsx';

type Props = { readonly join: JoinAnswer; readonly error: string | null; readonly busy: boolean };

/** The roster: tap your own name (or code, when the audit is anonymous). A taken seat cannot be tapped. */
export function SeatPicker({ join, error, busy }: Props) {
  const claimSeat = usePhoneStore((s) => s.claimSeat);
  const free = join.roster.filter((s) => !s.claimed).length;
  return (
    <main className="phone-page roster">
      <p className="audit-name">{join.audit.title}</p>
      <h1>Who are you?</h1>
      <p className="lead">
        {join.roster.length > 0
          ? 'Tap your name, or your code if you were given one.'
          : 'Nobody is on the list yet.'}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {join.roster.length > 0 && (
        <ul className="seat-list" aria-label="People on the list">
          {join.roster.map((seat) => (
            <li key={seat.id}>
              <button
                type="button"
                className="seat"
                disabled={busy || seat.claimed}
                onClick={() => claimSeat(seat.id)}
              >
                <span className="seat-label">{seat.label}</span>
                {seat.claimed && <span className="seat-taken">on another phone</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {free === 0 && join.roster.length > 0 && !join.openSeats && (
        <p className="muted">
          Every seat is taken. If one of them is yours, ask the facilitator to release it.
        </p>
      )}
      {join.openSeats && <NewSeatForm busy={busy} />}
    </main>
  );
}
