import type { ClaimAnswer, ClaimRequest, JoinAnswer, JoinRequest } from '../../../shared/room/protocol.ts';

/**
 * The participant API over HTTP (shared/room/protocol.ts): join, then claim a seat. Same
 * origin, relative addresses: the page and the API are served by the same room server.
 * Every failure becomes a RoomRequestError with words a participant can act on.
 */
export class RoomRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RoomRequestError';
  }
}

/** POST /p/join: a device token and the roster (or the seat this device holds already). */
export function join(request: JoinRequest): Promise<JoinAnswer> {
  return post<JoinAnswer>('/p/join', request, null);
}

/** POST /p/claim with the device token: the seat is this phone's until the facilitator releases it. */
export function claim(deviceToken: string, request: ClaimRequest): Promise<ClaimAnswer> {
  return post<ClaimAnswer>('/p/claim', request, deviceToken);
}

async function post<T>(path: string, body: unknown, deviceToken: string | null): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (deviceToken) headers.Authorization = `Bearer ${deviceToken}`;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new RoomRequestError(
      'The laptop running the room cannot be reached. Check that this phone is on the same Wi-Fi, then try again.',
      0,
    );
  }
  const text = await response.text();
  if (response.ok) {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new RoomRequestError(
        'The room sent an answer this page cannot read. Try again.',
        response.status,
      );
    }
  }
  throw new RoomRequestError(messageOf(response.status, text), response.status);
}

/** The server's own message when it sent one, else plain words for the status. */
function messageOf(status: number, text: string): string {
  const fromServer = serverMessage(text);
  if (status === 429) return 'Too many tries in a short time. Wait a minute, then try again.';
  if (fromServer) return fromServer;
  if (status === 401 || status === 403 || status === 404) {
    return 'This room cannot be found. It may have ended; check the code on the screen at the front.';
  }
  if (status === 409) return 'Someone else took this seat a moment ago. Pick again.';
  return `The room could not take this (error ${status}). Try again.`;
}

function serverMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } | string };
    if (typeof body.error === 'object' && typeof body.error?.message === 'string') return body.error.message;
    if (typeof body.message === 'string') return body.message;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: the status speaks instead.
  }
  return null;
}
