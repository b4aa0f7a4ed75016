import { useState } from 'react';
import type { RoomStatus } from '../../../shared/api/methods/room.ts';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useRoomStore } from '../../stores/room.ts';
import { seatDone } from './Roster.tsx';

/**
 * While a re-vote round is open: how many people are done with it (counts, never values), and
 * closing it, as the round sheet does (rounds.close through the audit store). The phones then
 * say thank you and the projector shows the item round by round.
 */
export function RoomRound({ status, round }: { readonly status: RoomStatus; readonly round: number }) {
  const closeRound = useAuditStore((s) => s.closeRound);
  const refresh = useRoomStore((s) => s.refresh);
  const [error, setError] = useState<string | null>(null);
  const done = status.seats.filter(seatDone).length;
  const items = status.seats[0]?.total ?? 0;
  const close = async () => {
    const failed = await closeRound(round);
    setError(failed);
    if (!failed) await refresh();
  };
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <h3 id="room-reveal-title">
        Round {round}: {done} of {status.seats.length} done
      </h3>
      <p>
        {status.everyoneDone
          ? `Everyone is done with round ${round}. Closing it locks its answers and shows them on the projector.`
          : `Each person re-votes ${items === 1 ? 'one item' : `${items} items`} on their phone, seeing how the team answered last time. The console and the projector show counts only.`}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className={status.everyoneDone ? 'primary' : undefined}
          onClick={() => void close()}
        >
          Close round {round}
        </button>
      </div>
    </>
  );
}
