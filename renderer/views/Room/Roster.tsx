import { useState } from 'react';
import type { SeatProgress } from '../../../shared/api/methods/room.ts';
import { useRoomStore } from '../../stores/room.ts';

type Props = {
  readonly seats: readonly SeatProgress[];
  /** How each seat is named on screen (its code in presentation mode). */
  readonly labelOf: (seat: SeatProgress) => string;
  /** The room is open: phones can be nudged and seats released. */
  readonly running: boolean;
  /** Scoring is over: progress is kept, nudging stops. */
  readonly revealed: boolean;
  /** The re-vote round open now, whose items the counts are of; null when none is. */
  readonly round?: number | null;
};

/** Whether this seat has answered every item open to it. */
export const seatDone = (seat: SeatProgress) => seat.total > 0 && seat.answered >= seat.total;

function phoneState(seat: SeatProgress): { readonly text: string; readonly kind: string } {
  if (!seat.claimed) return { text: 'Not joined', kind: 'absent' };
  return seat.connected ? { text: 'Connected', kind: 'connected' } : { text: 'Not connected', kind: 'lost' };
}

/**
 * Who is in the room and how far each person is: counts per section, never an answer. Each
 * row offers a nudge (a reminder on that phone) and releasing the seat (after a confirmation),
 * so that a person whose phone died can claim it from another.
 */
export function Roster({ seats, labelOf, running, revealed, round = null }: Props) {
  const nudge = useRoomStore((s) => s.nudge);
  const release = useRoomStore((s) => s.release);
  const [releasing, setReleasing] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const confirmRelease = async (seat: SeatProgress) => {
    const failed = await release(seat.participantId);
    setReleasing(null);
    setMessage(failed ?? `${labelOf(seat)}’s seat is free: it can be claimed from another phone.`);
  };

  return (
    <section className="room-roster" aria-labelledby="roster-title">
      <h3 id="roster-title">Who is in the room</h3>
      <p className="muted small room-roster-message" role="status">
        {message}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Phone</th>
            <th scope="col">{round === null ? 'Answered' : `Answered in round ${round}`}</th>
            <th scope="col">By section</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => {
            const label = labelOf(seat);
            const phone = phoneState(seat);
            const done = seatDone(seat);
            return (
              <tr key={seat.participantId} className={done ? 'seat-done' : undefined}>
                <th scope="row">{label}</th>
                <td>
                  <span className={`phone-state phone-${phone.kind}`}>{phone.text}</span>
                </td>
                <td className="seat-answered">
                  <progress max={Math.max(1, seat.total)} value={seat.answered} aria-hidden="true" />
                  <span>{done ? 'Done' : `${seat.answered} of ${seat.total}`}</span>
                </td>
                <td>
                  <ol className="seat-sections">
                    {seat.sections.map((section) => (
                      <li
                        key={section.id}
                        title={`${section.title}: ${section.answered} of ${section.total}`}
                        className={
                          section.total > 0 && section.answered >= section.total ? 'complete' : undefined
                        }
                      >
                        <span className="visually-hidden">{section.title}: </span>
                        {section.answered}/{section.total}
                      </li>
                    ))}
                  </ol>
                </td>
                <td className="seat-actions">
                  {releasing === seat.participantId ? (
                    <span role="group" aria-label={`Release ${label}’s seat?`} className="seat-confirm">
                      <span>Free this seat? Their answers stay.</span>
                      <button type="button" className="danger" onClick={() => void confirmRelease(seat)}>
                        Release
                      </button>
                      <button type="button" onClick={() => setReleasing(null)}>
                        Keep
                      </button>
                    </span>
                  ) : (
                    <>
                      <button
                        type="button"
                        disabled={!running || revealed || !seat.connected || done}
                        onClick={() => void nudge(seat.participantId).then(setMessage)}
                      >
                        Nudge <span className="visually-hidden">{label}</span>
                      </button>
                      <button
                        type="button"
                        disabled={!seat.claimed}
                        onClick={() => setReleasing(seat.participantId)}
                      >
                        Release… <span className="visually-hidden">{label}’s seat</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
