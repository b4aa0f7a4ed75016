import { useEffect } from 'react';
import { CodeEntry } from './screens/CodeEntry.tsx';
import { Ended } from './screens/Ended.tsx';
import { SeatPicker } from './screens/SeatPicker.tsx';
import { Seat } from './screens/Seat.tsx';
import { Waiting } from './screens/Waiting.tsx';
import { usePhoneStore } from './store/phone-store.ts';

/** The screen for where the phone stands: the code, the roster, the seat, or the end. */
export function PhoneApp() {
  const stage = usePhoneStore((s) => s.stage);
  const start = usePhoneStore((s) => s.start);
  useEffect(() => start(window.location.pathname), [start]);

  switch (stage.name) {
    case 'starting':
    case 'joining':
      return <Waiting text="Joining the room…" />;
    case 'code':
      return <CodeEntry error={stage.error} busy={stage.busy} />;
    case 'roster':
      return <SeatPicker join={stage.join} error={stage.error} busy={stage.busy} />;
    case 'seat':
      return <Seat />;
    case 'ended':
      return <Ended message={stage.message} />;
  }
}
