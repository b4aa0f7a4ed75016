import { useState, type FormEvent } from 'react';
import type { NetworkInterface } from '../../../shared/api/methods/room.ts';
import { Notice } from '../../components/Notice.tsx';
import { useRoomStore } from '../../stores/room.ts';

/** The picker's last choice: an address of this computer that the list does not show. */
const OTHER = 'other';

/** An interface as the picker names it: the system's name and the address, loopback said plainly. */
export function interfaceLabel(network: NetworkInterface): string {
  if (network.internal) return `This computer only (${network.address})`;
  return `${network.name}: ${network.address}${network.likely ? ' (the room’s network, most likely)' : ''}`;
}

/** The interfaces in the order to offer them: the likely one first, then IPv4, loopback last. */
export function orderedInterfaces(interfaces: readonly NetworkInterface[]): NetworkInterface[] {
  const rank = (n: NetworkInterface) => (n.likely ? 0 : n.internal ? 3 : n.family === 'IPv4' ? 1 : 2);
  return [...interfaces].sort((a, b) => rank(a) - rank(b));
}

/** Reads the optional port field: empty for any free port, else a whole number the room may listen on. */
function portOf(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,5}$/.test(trimmed)) return 'invalid';
  const port = Number(trimmed);
  return port >= 1 && port <= 65_535 ? port : 'invalid';
}

/**
 * Opening the room: which of the laptop's networks the phones are on (the likely one chosen
 * already), and a port if the venue's network needs a set one. The room listens on that one
 * address only, never on all of them.
 */
export function StartRoom({ resuming }: { readonly resuming: boolean }) {
  const interfaces = useRoomStore((s) => s.interfaces);
  const busy = useRoomStore((s) => s.busy);
  const start = useRoomStore((s) => s.start);
  const loadInterfaces = useRoomStore((s) => s.loadInterfaces);
  const offered = interfaces ? orderedInterfaces(interfaces) : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [port, setPort] = useState('');
  const [error, setError] = useState<string | null>(null);
  const picked = chosen ?? offered[0]?.address ?? '';
  const host = picked === OTHER ? other.trim() : picked;
  const onlyLoopback = offered.length > 0 && offered.every((n) => n.internal);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = portOf(port);
    if (parsed === 'invalid')
      return setError('The port must be a whole number from 1 to 65535, or empty for any free port.');
    if (!host)
      return setError(
        picked === OTHER ? 'Type the address to listen on.' : 'Choose the network the phones are on.',
      );
    setError(await start({ host, ...(parsed === undefined ? {} : { port: parsed }) }));
  };

  return (
    <form
      className="card room-start"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="room-start-title"
    >
      <h3 id="room-start-title">{resuming ? 'Open the room again' : 'Open the room'}</h3>
      <p>
        {resuming
          ? 'The room is closed. Phones keep their seats and answers: once it is open again, they carry on where they were.'
          : 'Everyone scores at the same time on their own phone, over this room’s Wi-Fi. Nothing leaves the room: no account, no internet.'}
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="form-grid">
        <label>
          Network the phones are on
          <select value={picked} onChange={(event) => setChosen(event.target.value)} disabled={!interfaces}>
            {!interfaces && <option value="">Looking for this computer’s networks…</option>}
            {offered.map((n) => (
              <option key={`${n.name}-${n.address}`} value={n.address}>
                {interfaceLabel(n)}
              </option>
            ))}
            {interfaces && <option value={OTHER}>Another address of this computer…</option>}
          </select>
        </label>
        {picked === OTHER && (
          <label>
            Address
            <input
              value={other}
              onChange={(event) => setOther(event.target.value)}
              placeholder="192.168.1.20"
              spellCheck={false}
              autoComplete="off"
            />
          </label>
        )}
        <label>
          <span>
            Port <span className="muted small">(optional)</span>
          </span>
          <input
            inputMode="numeric"
            value={port}
            onChange={(event) => setPort(event.target.value)}
            placeholder="Any free port"
            aria-describedby="room-port-hint"
          />
        </label>
        <p id="room-port-hint" className="muted small">
          Leave the port empty unless the network only lets a set port through.
        </p>
        {onlyLoopback && (
          <p className="warning">
            This computer is on no network yet, so phones cannot reach it. Join the room’s Wi-Fi (or a phone
            hotspot), then{' '}
            <button type="button" className="quiet link-button" onClick={() => void loadInterfaces()}>
              look again
            </button>
            .
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !picked}>
            {resuming ? 'Open the room again' : 'Open the room'}
          </button>
        </div>
      </div>
    </form>
  );
}
