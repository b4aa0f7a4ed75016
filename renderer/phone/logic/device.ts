import { readJson, type KeyValue } from './key-value.ts';

/**
 * This phone's identity in the room, kept in localStorage: the device token the server gave it
 * (sent with every join, claim and hello) and the seat it holds. With a seat, a reload goes
 * straight back to scoring; the token alone lets a join find the seat again.
 */
export const DEVICE_KEY = 'reality-check-phone:device';

export type Device = { readonly token: string; readonly seatId: string | null };

export function loadDevice(store: KeyValue): Device | null {
  const stored = readJson(store, DEVICE_KEY);
  if (typeof stored !== 'object' || stored === null) return null;
  const { token, seatId } = stored as Record<string, unknown>;
  if (typeof token !== 'string' || token.length < 22 || token.length > 100) return null;
  return { token, seatId: typeof seatId === 'string' ? seatId : null };
}

export function saveDevice(store: KeyValue, device: Device): void {
  store.setItem(DEVICE_KEY, JSON.stringify(device));
}
