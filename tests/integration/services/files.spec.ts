import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

const WORKED = readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8');

describe('audit files through the API', () => {
  it('imports a file with the same results as `rca score`, and exports it back identically', async () => {
    const storage = await tempStorage();
    const { auditId } = await call(storage, 'files.import', { text: WORKED });
    expect(auditId).toBe('7d0e8c2a-3b1f-4c5d-9e6f-0a1b2c3d4e5f');
    const results = await call(storage, 'audits.results', { id: auditId });
    expect([results.level, results.levelFromIndex]).toEqual(['Emerging', 'Building']);
    const first = await call(storage, 'files.export', { id: auditId });
    expect(first.fileName).toBe('acme-corp-q4-leadership-offsite-2026-11-23.rca.json');

    const other = await tempStorage();
    const again = await call(other, 'files.import', { text: first.text });
    expect(again.auditId).toBe(auditId);
    const second = await call(other, 'files.export', { id: again.auditId });
    expect(second.text).toBe(first.text);
    const detail = (s: typeof storage) => call(s, 'audits.get', { id: auditId });
    const strip = ({
      createdAt: _c,
      updatedAt: _u,
      responses,
      ...rest
    }: Awaited<ReturnType<typeof detail>>) => ({
      ...rest,
      responses: responses.map(({ updatedAt: _t, ...r }) => r),
    });
    expect(strip(await detail(other))).toEqual(strip(await detail(storage)));
    closeStorage(storage);
    closeStorage(other);
  });

  it('gives an imported copy a new id when the audit is already in the database', async () => {
    const storage = await tempStorage();
    const first = await call(storage, 'files.import', { text: WORKED });
    const second = await call(storage, 'files.import', { text: WORKED });
    expect(second.auditId).not.toBe(first.auditId);
    expect(await call(storage, 'audits.list', {})).toHaveLength(2);
    closeStorage(storage);
  });

  it('reports an audit that is already here and imports nothing when asked to (the rule every Import uses)', async () => {
    const storage = await tempStorage();
    const first = await call(storage, 'files.import', { text: WORKED, ifExists: 'report' });
    expect(first).toMatchObject({ status: 'imported', title: 'Q4 leadership offsite' });
    const before = tableCounts(storage.db);
    const again = await call(storage, 'files.import', { text: WORKED, ifExists: 'report' });
    expect(again).toEqual({ status: 'exists', auditId: first.auditId, title: first.title });
    expect(tableCounts(storage.db)).toEqual(before);
    const copy = await call(storage, 'files.import', { text: WORKED, ifExists: 'copy' });
    expect(copy.status).toBe('imported');
    expect(copy.auditId).not.toBe(first.auditId);
    // An audit in the trash is not offered to open: the file is imported as a copy.
    await call(storage, 'audits.trash', { id: first.auditId });
    await call(storage, 'audits.trash', { id: copy.auditId });
    expect((await call(storage, 'files.import', { text: WORKED, ifExists: 'report' })).status).toBe(
      'imported',
    );
    closeStorage(storage);
  });

  it('rejects an invalid file with every problem named, writing nothing', async () => {
    const storage = await tempStorage();
    const before = tableCounts(storage.db);
    const file = JSON.parse(WORKED);
    file.responses[0].value = 8;
    file.responses.at(-1).participant = 'p9';
    const result = await invoke(storage, 'files.import', { text: JSON.stringify(file) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) {
      expect(result.error.message.split('\n')).toEqual([
        'responses[0].value: 8 is off the scale of statement "leadership-1" (1 to 5, or null for Not sure)',
        `responses[${file.responses.length - 1}].participant: "p9" is not in participants`,
      ]);
    }
    expect(tableCounts(storage.db)).toEqual(before);
    closeStorage(storage);
  });

  it('exports format 2, with no group or round fields while the audit has neither', async () => {
    const storage = await tempStorage();
    const { auditId } = await call(storage, 'files.import', { text: WORKED });
    const { text } = await call(storage, 'files.export', { id: auditId });
    const json = JSON.parse(text) as Record<string, any>;
    expect(json.formatVersion).toBe(2);
    expect(json).not.toHaveProperty('groups');
    expect(json.audit).not.toHaveProperty('minGroupSize');
    expect(json.responses.some((r: object) => 'round' in r)).toBe(false);
    closeStorage(storage);
  });

  it('rolls back a partly written import when the database refuses a row', async () => {
    const storage = await tempStorage();
    const before = tableCounts(storage.db);
    // A trigger stands in for a failure half-way through the write (disk full, a bug).
    storage.db.exec(
      `CREATE TEMP TRIGGER fail_on_contact BEFORE INSERT ON contacts BEGIN SELECT RAISE(ABORT, 'injected'); END`,
    );
    const result = await invoke(storage, 'files.import', { text: WORKED });
    expect(result.ok).toBe(false);
    expect(tableCounts(storage.db)).toEqual(before);
    closeStorage(storage);
  });
});
