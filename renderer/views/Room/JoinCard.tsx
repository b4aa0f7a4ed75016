import type { RoomStatus } from '../../../shared/api/methods/room.ts';
import { QrCode } from './QrCode.tsx';

/** A code read aloud or off a screen in two halves: "7KD 3QX". */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** How phones join, on the laptop: the QR code, and the address and code to type. */
export function JoinCard({ status }: { readonly status: RoomStatus }) {
  if (!status.running || !status.qrSvg || !status.shortUrl || !status.code) return null;
  return (
    <div className="room-join">
      <QrCode svg={status.qrSvg} />
      <div className="room-join-text">
        <p className="room-join-lead">Scan the code with a phone’s camera, or open</p>
        <p className="room-address">{status.shortUrl}</p>
        <p className="room-join-lead">and type the code</p>
        <p className="room-code" aria-label={`Code ${[...status.code].join(' ')}`}>
          {spacedCode(status.code)}
        </p>
      </div>
    </div>
  );
}
