import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { joinCodeFrom } from '../../../../shared/room/join-code.ts';

/** A room token: 128 random bits, base64url (22 characters), the secret in the QR code's address. */
export function newRoomToken(): string {
  return randomBytes(16).toString('base64url');
}

/** A device token: 192 random bits, base64url (32 characters), kept by one phone. */
export function newDeviceToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * What is stored of a device token: its SHA-256. A copy of the database (a backup, an export
 * left on a laptop) then holds nothing a phone could be impersonated with.
 */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A six-character join code from the system's CSPRNG. */
export function newJoinCode(): string {
  // 64 bytes leave room for rejection sampling many times over (23 of 256 values are refused).
  return joinCodeFrom(randomBytes(64));
}

/** Compares two secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
