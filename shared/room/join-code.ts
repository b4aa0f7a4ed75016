/**
 * The short code a participant types when the QR code cannot be scanned (docs/spec/room.md, "Joining"):
 * six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V), so
 * that a code read off a projector across a room is typed right the first time.
 */
export const JOIN_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';

/** Characters in a join code. */
export const JOIN_CODE_LENGTH = 6;

/**
 * A join code from random bytes (the caller supplies them from a CSPRNG: shared/ is pure).
 * Rejection sampling keeps every character equally likely.
 */
export function joinCodeFrom(randomBytes: Uint8Array): string {
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  for (const byte of randomBytes) {
    if (byte >= limit) continue;
    code += JOIN_CODE_ALPHABET[byte % n];
    if (code.length === JOIN_CODE_LENGTH) return code;
  }
  throw new Error('not enough random bytes for a join code');
}

/**
 * A code as typed, made comparable: spaces and dashes dropped, upper case. Returns null when
 * what is left cannot be a code (a character outside the alphabet, the wrong length), so that
 * a wrong guess is refused without a lookup.
 */
export function normalizeJoinCode(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '');
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  return [...cleaned].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? cleaned : null;
}
