/**
 * Which of the room's socket errors end the seat on this phone, and which pass: the server
 * sends `error` and closes the socket either way (electron/server/room/phone-socket.ts). Too
 * many messages, a full room or a failed save pass: the phone reconnects with backoff and
 * resends what is queued. An unknown device, another connection of this device taking over,
 * or a message the server could not read end the seat: reconnecting would only repeat them.
 * A code this page does not know passes, so a newer server never strands a phone.
 */
const FINAL = new Set(['unknown-device', 'replaced', 'invalid-input', 'hello-first']);

export function endsSeat(code: string): boolean {
  return FINAL.has(code);
}
