import { useState } from 'react';
import type { RoomStatus } from '../../../shared/api/methods/room.ts';
import { Notice } from '../../components/Notice.tsx';
import { hashOf } from '../../router.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { useRoomStore } from '../../stores/room.ts';
import { RoomRound } from './RoomRound.tsx';
import { seatDone } from './Roster.tsx';

/**
 * From the room's scoring to the reveal, and then the projector's item: says when everyone is
 * done (announced to a screen reader as it happens), starts the reveal as the app always does
 * (audits.startReveal through the audit store), early only after a confirmation, and after it
 * moves the projector from item to item.
 */
export function RoomReveal({ status }: { readonly status: RoomStatus }) {
  const startReveal = useAuditStore((s) => s.startReveal);
  const refresh = useRoomStore((s) => s.refresh);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = status.seats.filter(seatDone).length;
  const answered = status.seats.reduce((sum, seat) => sum + seat.answered, 0);
  const waiting = status.seats.length - done;

  const reveal = async () => {
    const failed = await startReveal();
    setError(failed);
    setConfirming(false);
    if (!failed) await refresh();
  };

  return (
    <section className="card room-reveal" aria-labelledby="room-reveal-title">
      {error && <Notice kind="error">{error}</Notice>}
      {/* Always in the page, so that its change is announced when the last person finishes. */}
      <p className="room-announcement" role="status" aria-live="polite">
        {status.everyoneDone && status.round !== null
          ? `Everyone is done with round ${status.round}.`
          : status.everyoneDone && !status.revealed
            ? 'Everyone is done.'
            : ''}
      </p>
      {status.round !== null ? (
        <RoomRound status={status} round={status.round} />
      ) : status.revealed ? (
        <Presenting auditId={status.auditId} />
      ) : (
        <>
          <h3 id="room-reveal-title">
            {done} of {status.seats.length} done
          </h3>
          {status.everyoneDone ? (
            <>
              <p>The answers stay hidden until you start the reveal. From then on they are locked.</p>
              <div className="form-actions">
                <button type="button" className="primary" onClick={() => void reveal()}>
                  Start the reveal
                </button>
              </div>
            </>
          ) : confirming ? (
            <div role="group" aria-labelledby="room-reveal-question">
              <p id="room-reveal-question">
                <strong>Reveal now?</strong> Blind answers lock at once, so{' '}
                {waiting === 1 ? 'the person still scoring' : `the ${waiting} people still scoring`} cannot
                finish. Their missing answers count as not answered, and the results will be provisional.
              </p>
              <div className="form-actions">
                <button type="button" className="primary" onClick={() => void reveal()}>
                  Reveal now
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep scoring
                </button>
              </div>
            </div>
          ) : (
            <>
              <p className="muted">The projector shows how many are done, never who answered what.</p>
              <div className="form-actions">
                <button type="button" onClick={() => setConfirming(true)} disabled={answered === 0}>
                  Reveal now…
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** After the reveal: which item the projector shows, and the buttons that move it. */
function Presenting({ auditId }: { readonly auditId: string }) {
  const presenting = useRoomStore((s) => s.presenting);
  const present = useRoomStore((s) => s.present);
  return (
    <>
      <h3 id="room-reveal-title">The reveal has started</h3>
      {presenting ? (
        <p className="room-presenting" aria-live="polite">
          <span className="muted">
            On the projector, {presenting.index} of {presenting.count}:
          </span>{' '}
          {presenting.text}
        </p>
      ) : (
        <p className="muted">The projector shows the items one at a time once you start.</p>
      )}
      <div className="form-actions">
        {presenting ? (
          <>
            <button type="button" onClick={() => void present(-1)} disabled={presenting.index <= 1}>
              ← Previous
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void present(1)}
              disabled={presenting.index >= presenting.count}
            >
              Next →
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void present(null)}>
            Show the first item
          </button>
        )}
        <a className="button" href={hashOf({ view: 'reveal', auditId })}>
          Reveal and discuss
        </a>
      </div>
      <p className="muted small">On the projector, the arrow keys and Space move between items too.</p>
    </>
  );
}
