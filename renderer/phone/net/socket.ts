import type { PhoneMessage, ServerMessage } from '../../../shared/room/protocol.ts';
import { reconnectDelay } from '../logic/backoff.ts';
import { parseServerMessage } from '../logic/server-message.ts';

/** What the socket tells the phone's store. */
export type SocketEvents = {
  /** The socket is open and hello is sent: a snapshot follows. */
  readonly onOpen: () => void;
  readonly onMessage: (message: ServerMessage) => void;
  /** The socket is gone; another attempt is scheduled unless the socket was stopped. */
  readonly onDown: () => void;
};

/** A socket still connecting after this long is given up and tried again (Wi-Fi that swallows packets). */
const CONNECT_TIMEOUT_MS = 8_000;

/** Hidden this long (the phone slept, the person switched apps), the socket is renewed when the page shows again. */
const SLEPT_MS = 20_000;

/** The room's WebSocket on the page's own origin (ws:// on the LAN, wss:// should the page ever be served over TLS). */
function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/p/ws`;
}

/**
 * The phone's connection to its seat: says hello with the device token on every new socket,
 * and comes back by itself after any loss, with backoff (0.5 s doubling to 5 s), at once when
 * the phone comes back online or the page is shown again (a phone waking from sleep, Safari
 * restoring the page from its cache). Only the plain WebSocket API and window events: nothing
 * that current iOS Safari and Android Chrome lack.
 */
export class RoomSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private connectTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private hiddenAt: number | null = null;

  constructor(
    private readonly deviceToken: string,
    private readonly events: SocketEvents,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    window.addEventListener('online', this.comeBack);
    window.addEventListener('offline', this.lost);
    window.addEventListener('pageshow', this.onPageShow);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.connect();
  }

  /** Closes for good: the room ended, the seat was released, or the server refused this device. */
  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.comeBack);
    window.removeEventListener('offline', this.lost);
    window.removeEventListener('pageshow', this.onPageShow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  /** Sends a message if the socket is open; false when it is not (the change stays queued). */
  send(message: PhoneMessage): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** The connection works (a snapshot arrived): the next loss starts the backoff from the beginning. */
  healthy(): void {
    this.attempt = 0;
  }

  /** Drops the socket and connects again now: it looks open but answers nothing. */
  restart(): void {
    if (this.stopped) return;
    this.drop();
    this.attempt = 0;
    this.connect();
  }

  private connect(): void {
    this.clearTimers();
    if (this.stopped || this.socket) return;
    let socket: WebSocket;
    try {
      socket = new WebSocket(socketUrl());
    } catch {
      this.schedule();
      return;
    }
    this.socket = socket;
    this.connectTimer = setTimeout(() => {
      if (this.socket === socket && socket.readyState === WebSocket.CONNECTING) this.lost();
    }, CONNECT_TIMEOUT_MS);
    socket.onopen = () => {
      if (this.socket !== socket) return;
      if (this.connectTimer) clearTimeout(this.connectTimer);
      socket.send(JSON.stringify({ type: 'hello', deviceToken: this.deviceToken } satisfies PhoneMessage));
      this.events.onOpen();
    };
    socket.onmessage = (event: MessageEvent) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      const message = parseServerMessage(event.data);
      if (message) this.events.onMessage(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.events.onDown();
      this.schedule();
    };
  }

  private schedule(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.connect();
    }, reconnectDelay(this.attempt++));
  }

  /** Forgets the current socket (its late events are ignored) and tells the store. */
  private drop(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.close();
    this.events.onDown();
  }

  private readonly lost = (): void => {
    if (this.stopped) return;
    this.drop();
    this.schedule();
  };

  /** Back online or shown again: a socket that is not open is replaced now, not after its backoff. */
  private readonly comeBack = (): void => {
    if (this.stopped || this.socket?.readyState === WebSocket.OPEN) return;
    this.drop();
    this.attempt = 0;
    this.connect();
  };

  /** Safari and Chrome may restore the page from their back-forward cache, sockets closed. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.comeBack();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      this.hiddenAt = Date.now();
      return;
    }
    // After a long sleep a socket can look open and be dead; a fresh one costs one snapshot.
    const slept = this.hiddenAt !== null && Date.now() - this.hiddenAt >= SLEPT_MS;
    this.hiddenAt = null;
    if (slept) this.restart();
    else this.comeBack();
  };

  private clearTimers(): void {
    if (this.retry) clearTimeout(this.retry);
    if (this.connectTimer) clearTimeout(this.connectTimer);
    this.retry = null;
    this.connectTimer = null;
  }
}
