import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { breakages, validAuditFile } from '../../fixtures/audit-file-arbitraries.ts';
import { tempStorage } from '../../fixtures/temp-storage.ts';

// A real database file; in RAM-backed /dev/shm where there is one, so 10,000 fsyncs stay quick.
const base = existsSync('/dev/shm') ? '/dev/shm' : undefined;
let storage: Storage;

beforeAll(async () => {
  storage = await tempStorage({}, base);
});
afterAll(() => closeStorage(storage));

const OPTIONAL_TEXT = new Set(['note', 'role', 'facilitator', 'description', 'owner', 'successMeasure']);

/** The app keeps an empty optional text as "none", so `"note": ""` and no note are the same answer. */
function withoutEmptyText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => !(OPTIONAL_TEXT.has(k) && v === ''))
        .map(([k, v]) => [k, withoutEmptyText(v)]),
    );
  }
  return value;
}

/**
 * Content of an audit file that survives a trip through the database (ids the app assigns aside,
 * and the reveal time the app infers for a file that has none).
 */
function comparable(input: Record<string, any>, given: Record<string, any> = input) {
  const file = withoutEmptyText(input) as Record<string, any>;
  const { id: _id, anonymous: _a, revealedAt, ...rest } = file.audit;
  const audit = given.audit.revealedAt === undefined ? rest : { ...rest, revealedAt };
  return {
    ...file,
    audit,
    participants: file.participants.map(({ code: _c, ...p }: Record<string, unknown>) => p),
    actions: file.actions.map(({ id: _i, ...a }: Record<string, unknown>) => a),
    contacts: file.contacts.map(({ id: _i, ...c }: Record<string, unknown>) => c),
  };
}

/** 4,000 valid files + 4,000 broken ones + 2,000 arbitrary JSON texts = 10,000 imports. */
describe('import fuzz (fast-check, real SQLite)', () => {
  it('imports every valid file and exports the same content back', async () => {
    await fc.assert(
      fc.asyncProperty(validAuditFile, async (raw) => {
        const imported = await invoke(storage, 'files.import', { text: JSON.stringify(raw) });
        if (!imported.ok) throw new Error(imported.error.message);
        const exported = await invoke(storage, 'files.export', {
          id: (imported.value as { auditId: string }).auditId,
        });
        if (!exported.ok) throw new Error(exported.error.message);
        const expected = validateAuditFile(raw);
        if (!expected.ok) throw new Error(expected.problems.join('\n'));
        const back = validateAuditFile(JSON.parse((exported.value as { text: string }).text));
        if (!back.ok) throw new Error(back.problems.join('\n'));
        expect(comparable(back.file, expected.file)).toEqual(comparable(expected.file));
      }),
      { numRuns: 4000 },
    );
  });

  it('rejects every broken file with a message and writes no row', async () => {
    await fc.assert(
      fc.asyncProperty(validAuditFile, fc.constantFrom(...breakages), async (raw, breakage) => {
        const file = structuredClone(raw);
        fc.pre(breakage.apply(file));
        const before = tableCounts(storage.db);
        const result = await invoke(storage, 'files.import', { text: JSON.stringify(file) });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
        expect(tableCounts(storage.db)).toEqual(before);
      }),
      { numRuns: 4000 },
    );
  });

  it('rejects arbitrary text without writing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        async (text) => {
          const before = tableCounts(storage.db);
          const result = await invoke(storage, 'files.import', { text });
          expect(result.ok).toBe(false);
          expect(tableCounts(storage.db)).toEqual(before);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
