import { usePhoneStore } from '../store/phone-store.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';

/** Who is scoring, in which audit, and whether answers reach the laptop. */
export function SeatHeader() {
  const audit = usePhoneStore((s) => s.snapshot?.audit);
  const label = usePhoneStore((s) => s.snapshot?.seat.label);
  return (
    <header className="seat-header">
      <div className="seat-who">
        <p className="seat-name">{label}</p>
        <p className="audit-name">{audit?.title}</p>
      </div>
      <ConnectionStatus />
    </header>
  );
}
