import { usePhoneStore } from '../store/phone-store.ts';
import { ItemScreen } from './ItemScreen.tsx';
import { Overview } from './Overview.tsx';
import { Revealed } from './Revealed.tsx';
import { RoundClosed } from './RoundClosed.tsx';
import { SeatHeader } from './SeatHeader.tsx';
import { SeatMessages } from './SeatMessages.tsx';
import { Waiting } from './Waiting.tsx';
import { WaitingAnswers } from './WaitingAnswers.tsx';

/** The seat: a header that says who and whether the laptop is reachable, then what the phase asks for. */
export function Seat() {
  const snapshot = usePhoneStore((s) => s.snapshot);
  const position = usePhoneStore((s) => s.position);
  const items = usePhoneStore((s) => s.items.items);
  const roundClosed = usePhoneStore((s) => s.roundClosed);
  if (!snapshot) return <Waiting text="Connecting to the room…" />;
  const current = position === 'done' ? undefined : items.find((i) => i.key === position);
  return (
    <div className="phone-page seat-page">
      <SeatHeader />
      <WaitingAnswers />
      <SeatMessages />
      {snapshot.phase === 'revealed' && roundClosed !== null ? (
        <RoundClosed round={roundClosed} />
      ) : snapshot.phase === 'revealed' ? (
        <Revealed />
      ) : current ? (
        <ItemScreen key={current.key} item={current} />
      ) : (
        <Overview />
      )}
    </div>
  );
}
