import { useState } from 'react';
import type { SeatProgress } from '../../../shared/api/methods/room.ts';
import type { AuditDetail } from '../../../shared/api/models.ts';
import { Notice } from '../../components/Notice.tsx';
import { openProjector } from '../../desktop/projector.ts';
import { displayName } from '../Scoring/names.ts';
import { useRoomStore, useRoomWatch } from '../../stores/room.ts';
import { JoinCard } from './JoinCard.tsx';
import { RoomReveal } from './RoomReveal.tsx';
import { Roster } from './Roster.tsx';
import { StartRoom } from './StartRoom.tsx';

type Props = {
  readonly detail: AuditDetail;
  /** Presentation mode: participants are named by their codes, as everywhere during scoring. */
  readonly presentation: boolean;
};

/**
 * The facilitator's console of room mode (docs/spec/room.md): open the room, show how phones
 * join, see who is in and how far each person is (counts only), nudge, release a seat, lock the
 * room or let people add themselves, start the reveal, open the projector, close or end the room.
 * It watches the room about once a second while it is on screen.
 */
export function RoomConsole({ detail, presentation }: Props) {
  useRoomWatch(detail.id);
  const status = useRoomStore((s) => (s.status?.auditId === detail.id ? s.status : null));
  const error = useRoomStore((s) => s.error);
  const pollError = useRoomStore((s) => s.pollError);
  const busy = useRoomStore((s) => s.busy);
  const stop = useRoomStore((s) => s.stop);
  const end = useRoomStore((s) => s.end);
  const lock = useRoomStore((s) => s.lock);
  const allowOpenSeats = useRoomStore((s) => s.allowOpenSeats);
  const [ending, setEnding] = useState(false);
  const [projectorError, setProjectorError] = useState<string | null>(null);

  // Named as the laptop's list names them: by name, or by code in presentation mode (the phones
  // of an anonymous audit see codes; the facilitator still needs to know whom to nudge).
  const people = new Map(detail.participants.map((p) => [p.id, p]));
  const labelOf = (seat: SeatProgress) => {
    const person = people.get(seat.participantId);
    return person ? displayName(person, presentation) : seat.label;
  };
  const running = status?.running ?? false;

  return (
    <section className="room-console" aria-labelledby="room-title">
      <h2 id="room-title">Room</h2>
      {error && <Notice kind="error">{error}</Notice>}
      {projectorError && (
        <Notice kind="error" onDismiss={() => setProjectorError(null)}>
          {projectorError}
        </Notice>
      )}
      {pollError && running && (
        <p className="warning" role="status">
          The room did not answer just now ({pollError}). Trying again…
        </p>
      )}
      {!status ? (
        <p className="muted">Looking at the room…</p>
      ) : !running ? (
        <StartRoom resuming={status.seats.some((seat) => seat.claimed)} />
      ) : (
        <div className="card room-open">
          <JoinCard status={status} />
          <div className="room-controls">
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                onClick={() => void openProjector(detail.id).then(setProjectorError)}
              >
                Open the projector
              </button>
              <button type="button" onClick={() => void stop()} disabled={busy}>
                Close the room
              </button>
              <button type="button" className="danger" onClick={() => setEnding(true)} disabled={busy}>
                End the room…
              </button>
            </div>
            {ending && (
              <div role="group" aria-labelledby="room-end-question" className="room-end">
                <p id="room-end-question">
                  <strong>End the room?</strong> Every phone is told it is over and the seats are forgotten;
                  the answers stay in the audit. To let phones carry on later, close the room instead.
                </p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void end().then(() => setEnding(false))}
                  >
                    End the room
                  </button>
                  <button type="button" onClick={() => setEnding(false)}>
                    Keep it open
                  </button>
                </div>
              </div>
            )}
            <label className="checkbox">
              <input
                type="checkbox"
                checked={status.locked}
                onChange={(event) => void lock(event.target.checked)}
                aria-describedby="room-lock-hint"
              />
              Lock the room
            </label>
            <p id="room-lock-hint" className="muted small">
              No new phone can join or claim a seat; phones already in carry on.
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={status.openSeats}
                onChange={(event) => void allowOpenSeats(event.target.checked)}
                aria-describedby="room-open-seats-hint"
              />
              Allow open seats
            </label>
            <p id="room-open-seats-hint" className="muted small">
              Someone not on the list can add themselves by name from their phone.
            </p>
            <p className="muted small">The room closes when you leave this audit.</p>
          </div>
        </div>
      )}
      {status && (running || status.revealed) && <RoomReveal status={status} />}
      {status && status.seats.length > 0 && (
        <Roster
          seats={status.seats}
          labelOf={labelOf}
          running={running}
          revealed={status.revealed && status.round === null}
          round={status.round}
        />
      )}
      {status && status.seats.length === 0 && (
        <p className="muted">
          No participants yet: add them in <a href={`#/audits/${detail.id}/setup`}>Set-up</a>, or allow open
          seats once the room is open.
        </p>
      )}
    </section>
  );
}
