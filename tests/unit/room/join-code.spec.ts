import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFrom,
  normalizeJoinCode,
} from '../../../shared/room/join-code.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';

describe('join codes (docs/spec/room.md, "Joining")', () => {
  it('has no look-alike characters in its alphabet', () => {
    for (const lookAlike of '0O1IL2Z5S8BUV') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('makes six characters of the alphabet from random bytes, each equally likely', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        const code = joinCodeFrom(bytes);
        expect(code).toHaveLength(JOIN_CODE_LENGTH);
        for (const c of code) expect(JOIN_CODE_ALPHABET).toContain(c);
      }),
      { numRuns: propertyRuns(1000) },
    );
    // Bytes at or above the largest multiple of the alphabet's size are skipped, not folded in.
    const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
    expect(joinCodeFrom(Uint8Array.from([limit, 255, 0, 1, 2, 3, 4, 5]))).toBe(
      JOIN_CODE_ALPHABET.slice(0, 6),
    );
  });

  it('refuses to make a code from too few usable bytes', () => {
    expect(() => joinCodeFrom(Uint8Array.from([255, 255, 255, 255, 255, 255, 255]))).toThrow(/random bytes/);
  });

  it('reads a code as typed: any case, spaces and dashes ignored; anything else is no code', () => {
    expect(normalizeJoinCode(' k3m-7x q ')).toBe('K3M7XQ');
    expect(normalizeJoinCode('K3M7X')).toBeNull();
    expect(normalizeJoinCode('K3M7XQQ')).toBeNull();
    expect(normalizeJoinCode('K3M7X0')).toBeNull(); // 0 is not in the alphabet
    expect(normalizeJoinCode('K3M7X\u0000')).toBeNull();
  });
});
