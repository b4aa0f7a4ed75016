import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke, methodNames } from '../../../electron/core/services/dispatch.ts';
import type { MethodName } from '../../../shared/api/methods.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let valid: Record<MethodName, Record<string, unknown>>;

beforeAll(async () => {
  storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'T',
    date: '2026-11-23',
  });
  const p = await call(storage, 'participants.add', { auditId: audit.id, name: 'Ana' });
  const c = await call(storage, 'contacts.add', {
    auditId: audit.id,
    name: 'C',
    category: 'rescue',
    importance: 5,
    performance: 1,
  });
  const a = await call(storage, 'actions.add', { auditId: audit.id, title: 'Do it' });
  const g = await call(storage, 'groups.add', { auditId: audit.id, name: 'Executive team' });
  const auditId = audit.id;
  valid = {
    'instrument.get': {},
    'audits.list': { trash: false },
    'audits.get': { id: auditId },
    'audits.results': { id: auditId },
    'audits.create': { organization: 'O', title: 'T', date: '2026-01-02', facilitator: 'F' },
    'audits.update': { id: auditId, title: 'T2' },
    'audits.startReveal': { id: auditId },
    'audits.reopenScoring': { id: auditId },
    'audits.duplicate': { id: auditId, title: 'Again' },
    'audits.trash': { id: auditId },
    'audits.restore': { id: auditId },
    'audits.purge': { id: auditId },
    'participants.add': { auditId, name: 'Ben', role: 'CFO' },
    'participants.update': { auditId, participantId: p.id, name: 'Ana S', groupId: g.id },
    'participants.remove': { auditId, participantId: p.id },
    'participants.reorder': { auditId, participantIds: [p.id] },
    'responses.save': { auditId, participantId: p.id, itemId: 'leadership-1', value: 3, note: 'n' },
    'responses.clear': { auditId, participantId: p.id, itemId: 'leadership-1' },
    'rounds.list': { auditId },
    'rounds.open': { auditId, itemIds: ['leadership-1', 'leadership-2'] },
    'rounds.close': { auditId, round: 2 },
    'rounds.cancel': { auditId, round: 2 },
    'rounds.saveResponse': {
      auditId,
      round: 2,
      participantId: p.id,
      itemId: 'leadership-1',
      value: 3,
      note: 'n',
    },
    'rounds.clearResponse': { auditId, round: 2, participantId: p.id, itemId: 'leadership-1' },
    'rounds.feedback': { auditId, participantId: p.id, round: 2 },
    'groups.add': { auditId, name: 'Front line' },
    'groups.update': { auditId, groupId: g.id, name: 'Managers' },
    'groups.remove': { auditId, groupId: g.id },
    'groups.reorder': { auditId, groupIds: [g.id] },
    'consensus.set': { auditId, itemId: 'leadership-1', value: 3, note: 'n' },
    'discussion.set': { auditId, itemId: 'leadership-1', note: 'n' },
    'contacts.add': { auditId, name: 'D', category: 'revenue', importance: 3, performance: 3 },
    'contacts.update': { auditId, contactId: c.id, importance: 4 },
    'contacts.remove': { auditId, contactId: c.id },
    'actions.add': { auditId, title: 'X', owner: 'O', due: '2027-01-01', status: 'open' },
    'actions.update': { auditId, actionId: a.id, status: 'done' },
    'actions.remove': { auditId, actionId: a.id },
    'files.import': { text: '{}', ifExists: 'report' },
    'files.export': { id: auditId },
    'files.merge': { auditId, text: '{}' },
    'files.preworkForm': { auditId },
    'report.export': { id: auditId, anonymous: true, includeAppendix: true },
    'report.preview': { id: auditId, anonymous: true },
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { name: 'reality-check-20260101T000000000Z-manual.db' },
    'storage.status': {},
    'room.interfaces': {},
    'room.start': { auditId, host: '127.0.0.1', port: 0 },
    'room.stop': { auditId },
    'room.end': { auditId },
    'room.status': { auditId },
    'room.release': { auditId, participantId: p.id },
    'room.lock': { auditId, locked: true },
    'room.openSeats': { auditId, open: true },
    'room.nudge': { auditId, participantId: p.id },
    'room.projector': { auditId },
    'room.present': { auditId, itemId: 'leadership-1', step: 1 },
  };
});
afterAll(() => closeStorage(storage));

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.string({ maxLength: 5 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

/** Fields where null is a real answer: "Not sure", no consensus, no branding, the first item (room.present), no group. */
const NULLABLE = new Set(['value', 'accentColor', 'logo', 'itemId', 'groupId']);

/** True when `value` has the same JSON type as `like`, so swapping it in might still be valid. */
function sameKind(value: unknown, like: unknown): boolean {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  return kind(value) === kind(like);
}

describe('every API method against wrong payloads', () => {
  it('has a valid example for every declared method (so the fuzz below covers them all)', () => {
    expect(Object.keys(valid).sort()).toEqual([...methodNames].sort());
  });

  it('refuses payloads that are not objects, with invalid-input and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodNames),
        fc.oneof(fc.boolean(), fc.double(), fc.string(), fc.array(fc.anything(), { maxLength: 3 })),
        async (method, payload) => {
          const before = tableCounts(storage.db);
          const result = await invoke(storage, method, payload);
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
          expect(tableCounts(storage.db)).toEqual(before);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses a field of the wrong kind or an unknown field, naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methodNames),
        fc.nat(),
        wrongValue,
        fc.boolean(),
        async (method, pick, value, unknownField) => {
          const payload: Record<string, unknown> = { ...valid[method] };
          const keys = Object.keys(payload);
          let field: string;
          if (unknownField || keys.length === 0) {
            field = 'unexpectedField';
          } else {
            field = keys[pick % keys.length]!;
            fc.pre(!sameKind(value, payload[field]));
            fc.pre(!(value === null && NULLABLE.has(field)));
          }
          payload[field] = value;
          const before = tableCounts(storage.db);
          const result = await invoke(storage, method, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('invalid-input');
            expect(result.error.message).toContain(field === 'unexpectedField' ? 'unexpectedField' : field);
          }
          expect(tableCounts(storage.db)).toEqual(before);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers arbitrary values, method names included, with an envelope and never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...methodNames), fc.anything()),
        fc.anything(),
        async (method, payload) => {
          const result = await invoke(storage, method, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names an unknown method', async () => {
    expect(await invoke(storage, 'audits.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'There is no API method called "audits.drop".' },
    });
  });
});
