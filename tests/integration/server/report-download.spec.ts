import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { tempRenderer } from '../../fixtures/http.ts';
import { WORKED } from '../../fixtures/run-cli.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let server: WebServer;
let auditId: string;

beforeAll(async () => {
  storage = await tempStorage();
  ({ auditId } = await call(storage, 'files.import', { text: readFileSync(WORKED, 'utf8') }));
  server = await startWebServer({ storage, rendererDir: tempRenderer() });
});
afterAll(async () => {
  await server.close();
  closeStorage(storage);
});

const exportReport = (input: unknown, token = server.token) =>
  fetch(`http://127.0.0.1:${server.port}/api/report.export`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

describe('the report download of the browser binding', () => {
  it('sends the PDF as a download with the report’s file name and page count', async () => {
    const response = await exportReport({ id: auditId, anonymous: true, includeAppendix: false });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="acme-corp-q4-leadership-offsite-2026-11-23-readiness-report.pdf"',
    );
    const details = JSON.parse(response.headers.get('x-file-details') ?? 'null') as { pages: number };
    expect(details.pages).toBeGreaterThan(5);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(response.headers.get('content-length'))).toBe(pdf.length);
  });

  it('sends a file name in any script, readable in its own letters', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Zoë & Łukasz 山田 GmbH',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const response = await exportReport({ id: audit.id, anonymous: true, includeAppendix: false });
    expect(response.status).toBe(200);
    const header = response.headers.get('content-disposition') ?? '';
    expect(header).toContain('filename="zoe-lukasz-__-gmbh-offsite-2026-11-23-readiness-report.pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '')).toBe(
      'zoe-lukasz-山田-gmbh-offsite-2026-11-23-readiness-report.pdf',
    );
    await response.arrayBuffer();
  });

  it('refuses a path, writes nothing there, and leaves an existing file as it was', async () => {
    const target = path.join(tempDir(), 'important.txt');
    writeFileSync(target, 'keep me');
    const fresh = path.join(tempDir(), 'report.pdf');
    for (const where of [target, fresh]) {
      const response = await exportReport({ id: auditId, anonymous: true, path: where });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(body.error.message).toContain('path');
    }
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(existsSync(fresh)).toBe(false);
  });

  it('names a missing or unknown audit', async () => {
    const missing = await exportReport({ anonymous: true });
    expect([missing.status, await missing.json()]).toEqual([
      400,
      {
        ok: false,
        error: { code: 'invalid-input', message: 'id: Invalid input: expected string, received undefined' },
      },
    ]);
    const unknown = await exportReport({ id: 'nope', anonymous: true });
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { ok: false, error: { code: 'not-found', message: 'There is no audit with id nope.' } },
    ]);
  });

  it('refuses a download without the token', async () => {
    const response = await exportReport({ id: auditId, anonymous: true }, 'wrong');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
