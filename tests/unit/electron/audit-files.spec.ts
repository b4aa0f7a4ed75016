import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopCommand } from '../../../shared/api/commands.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import {
  openAuditFile,
  openAuditFiles,
  saveAuditFile,
  type AuditFileShell,
} from '../../../electron/main/audit-files.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

const EXAMPLE = new URL('../../fixtures/audits/acme-worked-example.rca.json', import.meta.url);

let storage: Storage;
let dir: string;
beforeAll(async () => {
  storage = await tempStorage();
  dir = tempDir();
});
afterAll(() => closeStorage(storage));

/** The shell with the real services on a real database, and recorders for what it shows and tells. */
function shell(choice: 'open' | 'copy' | 'cancel' = 'open') {
  const seen = {
    sent: [] as DesktopCommand[],
    recent: [] as string[],
    errors: [] as string[],
    asked: [] as string[],
    menuRebuilds: 0,
  };
  const value: AuditFileShell = {
    call: (method, input) => invoke(storage, method, input),
    readText: (file) => readFile(file, 'utf8'),
    writeText: (file, text) => writeFile(file, text, 'utf8'),
    addRecentDocument: (file) => seen.recent.push(file),
    send: (command) => seen.sent.push(command),
    showError: (title, message) => {
      seen.errors.push(`${title}: ${message}`);
      return Promise.resolve();
    },
    chooseForExisting: (existing) => {
      seen.asked.push(existing.title);
      return Promise.resolve(choice);
    },
    auditsChanged: () => {
      seen.menuRebuilds++;
    },
  };
  return { value, seen };
}

const auditCount = () => (storage.db.prepare('SELECT count(*) AS n FROM audits').get() as { n: number }).n;

describe('opening an audit file from the system (menu, double-click, command line, second instance)', () => {
  it('imports the file, adds it to the recent documents and shows the audit in the window', async () => {
    const { value, seen } = shell();
    const file = path.join(dir, 'acme.rca.json');
    writeFileSync(file, readFileSync(EXAMPLE));
    const outcome = await openAuditFile(file, value);
    expect(outcome.kind).toBe('imported');
    const auditId = outcome.kind === 'imported' ? outcome.auditId : '';
    expect((await call(storage, 'audits.get', { id: auditId })).organization).toBeTruthy();
    expect(seen.recent).toEqual([file]);
    expect(seen.sent).toEqual([{ command: 'audits-changed' }, { command: 'open-audit', auditId }]);
    expect(seen.menuRebuilds).toBe(1);
    expect(seen.errors).toEqual([]);
  });

  it('asks before importing an audit that is already here: open it, import a copy, or neither', async () => {
    const file = path.join(dir, 'acme-again.rca.json');
    writeFileSync(file, readFileSync(EXAMPLE));
    const before = auditCount();

    const opened = shell('open');
    const outcome = await openAuditFile(file, opened.value);
    expect(outcome.kind).toBe('opened');
    expect(opened.seen.asked).toHaveLength(1);
    expect(opened.seen.sent).toEqual([
      { command: 'open-audit', auditId: (outcome as { auditId: string }).auditId },
    ]);
    expect(auditCount()).toBe(before);

    const cancelled = shell('cancel');
    expect(await openAuditFile(file, cancelled.value)).toEqual({ kind: 'cancelled' });
    expect(cancelled.seen.sent).toEqual([]);
    expect(auditCount()).toBe(before);

    const copied = shell('copy');
    const copy = await openAuditFile(file, copied.value);
    expect(copy.kind).toBe('imported');
    expect((copy as { auditId: string }).auditId).not.toBe((outcome as { auditId: string }).auditId);
    expect(auditCount()).toBe(before + 1);
  });

  it('explains an invalid or unreadable file and changes nothing', async () => {
    const before = auditCount();
    const broken = path.join(dir, 'broken.rca.json');
    writeFileSync(broken, '{"format": "something else"}');
    const { value, seen } = shell();
    const outcomes = await openAuditFiles([broken, path.join(dir, 'missing.rca.json')], value);
    expect(outcomes.map((o) => o.kind)).toEqual(['failed', 'failed']);
    expect(seen.errors[0]).toMatch(/^Could not open broken\.rca\.json: /);
    expect(seen.errors[1]).toMatch(/^Could not open missing\.rca\.json: The file could not be read/);
    expect(seen.sent).toEqual([]);
    expect(seen.recent).toEqual([]);
    expect(auditCount()).toBe(before);
  });
});

describe('File ▸ Export audit file…', () => {
  it('writes the audit where the user chose, under the suggested name, and adds it to recent documents', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Zoë & Co',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const { value, seen } = shell();
    const suggested: string[] = [];
    const outcome = await saveAuditFile(audit.id, value, (name) => {
      suggested.push(name);
      return Promise.resolve(path.join(dir, name));
    });
    expect(suggested).toEqual(['zoe-co-offsite-2026-11-23.rca.json']);
    expect(outcome).toEqual({ kind: 'saved', path: path.join(dir, suggested[0]!) });
    expect(seen.recent).toEqual([path.join(dir, suggested[0]!)]);
    const written = JSON.parse(readFileSync(path.join(dir, suggested[0]!), 'utf8'));
    expect(written.audit.organization).toBe('Zoë & Co');
  });

  it('writes nothing when the dialog is cancelled, and explains an unknown audit or a failed write', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const { value, seen } = shell();
    expect(await saveAuditFile(audit.id, value, () => Promise.resolve(null))).toEqual({ kind: 'cancelled' });
    expect((await saveAuditFile('no-such-audit', value, () => Promise.resolve('x'))).kind).toBe('failed');
    const failed = await saveAuditFile(audit.id, value, () => Promise.resolve(dir));
    expect(failed.kind).toBe('failed');
    expect(seen.errors).toHaveLength(2);
    expect(seen.errors[1]).toMatch(/^Could not export the audit: The file could not be written/);
    expect(seen.recent).toEqual([]);
  });
});
