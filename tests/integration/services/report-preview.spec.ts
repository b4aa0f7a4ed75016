import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { saveMadeFile } from '../../../electron/main/save-file.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { writeAtomically } from '../../../electron/core/report/write-atomically.ts';
import { saveAsOf } from '../../../shared/api/methods.ts';
import { renderAuditReport } from '../../../electron/core/services/report.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let auditId: string;

beforeAll(async () => {
  storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Zoë & Łukasz 山田 GmbH',
    title: 'Will’s team offsite',
    date: '2026-11-23',
  });
  auditId = audit.id;
  const ana = await call(storage, 'participants.add', { auditId, name: 'Ana Souza', role: 'CEO' });
  await call(storage, 'participants.add', { auditId, name: 'Will Turner' });
  await call(storage, 'responses.save', {
    auditId,
    participantId: ana.id,
    itemId: 'leadership-1',
    value: 4,
    note: 'Will Turner disagrees; we will see.',
  });
  await call(storage, 'actions.add', { auditId, title: 'Brief the board', owner: 'ana souza' });
});
afterAll(() => closeStorage(storage));

describe('report.preview', () => {
  it('lists every replacement of the anonymous report in context, and warns of a draft and a provisional level', async () => {
    const preview = await call(storage, 'report.preview', { id: auditId, anonymous: true });
    expect(preview.draft).toBe(true);
    expect(preview.provisional).toBe(true);
    expect(preview.completeness).toBeLessThan(0.9);
    expect(preview.incomplete).toEqual(['P1', 'P2']);
    expect(preview.replacements).toEqual([
      {
        where: 'Note by Ana Souza (P1) on Statement 1.1',
        before: '',
        found: 'Will Turner',
        after: ' disagrees; we will see.',
        code: 'P2',
      },
      { where: 'Action 1 of the plan, owner', before: '', found: 'ana souza', after: '', code: 'P1' },
    ]);
    // The file name carries no participant name, and keeps the organisation readable.
    expect(preview.fileName).toBe('zoe-lukasz-山田-gmbh-p2-s-team-offsite-2026-11-23-readiness-report.pdf');
  });

  it('names participants and lists nothing when the report shows names', async () => {
    const preview = await call(storage, 'report.preview', { id: auditId, anonymous: false });
    expect(preview.incomplete).toEqual(['Ana Souza', 'Will Turner']);
    expect(preview.replacements).toEqual([]);
    expect(preview.fileName).toBe('zoe-lukasz-山田-gmbh-will-s-team-offsite-2026-11-23-readiness-report.pdf');
  });

  it('refuses an unknown audit', async () => {
    expect(await invoke(storage, 'report.preview', { id: 'nope', anonymous: true })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no audit with id nope.' },
    });
  });
});

describe('an anonymous report export that fails', () => {
  it('names no participant in its error message', async () => {
    // The service makes the file; the desktop shell saves it where the save dialog says.
    const made = await call(storage, 'report.export', {
      id: auditId,
      anonymous: true,
      includeAppendix: false,
    });
    const where = `${tempDir()}/Will Turner/Ana Souza.pdf`;
    const result = await saveMadeFile(made, saveAsOf('report.export')!, {
      ask: () => Promise.resolve(where),
      write: writeAtomically,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('storage');
    expect(result.error.message).toContain('the folder does not exist');
    expect(result.error.message).not.toMatch(/Will|Turner|Ana|Souza/);
  });

  it('offers a download under a name without participants', async () => {
    const { fileName } = await renderAuditReport(storage, {
      id: auditId,
      anonymous: true,
      includeAppendix: false,
    });
    expect(fileName).not.toMatch(/will|ana|souza|turner/i);
  });
});
