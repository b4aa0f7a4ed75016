import { usePhoneStore } from '../store/phone-store.ts';

/** While the laptop is out of reach: how many answers this phone holds, and that none is lost. */
export function WaitingAnswers() {
  const down = usePhoneStore((s) => s.connection !== 'open');
  const waiting = usePhoneStore((s) => s.seat.pending.size);
  return (
    <p className="waiting-line" role="status" hidden={!down || waiting === 0} data-waiting={waiting}>
      {waiting === 1 ? 'One answer is' : `${waiting} answers are`} kept on this phone. They are sent when the
      connection is back.
    </p>
  );
}
