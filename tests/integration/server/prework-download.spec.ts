import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { tempRenderer } from '../../fixtures/http.ts';
import { buildPreworkForm } from '../../fixtures/prework-form.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/* The pre-work form through the browser binding: a download, never a page served at the app's address. */

let storage: Storage;
let server: WebServer;
let auditId: string;

beforeAll(async () => {
  buildPreworkForm();
  storage = await tempStorage();
  ({ id: auditId } = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  }));
  server = await startWebServer({ storage, rendererDir: tempRenderer() });
});
afterAll(async () => {
  await server.close();
  closeStorage(storage);
});

describe('the pre-work form download of the browser binding', () => {
  it('sends the form as an attachment with its file name and whom it is for', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/files.preworkForm`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ auditId }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="acme-offsite-2026-11-23-prework.html"',
    );
    expect(JSON.parse(response.headers.get('x-file-details') ?? 'null')).toEqual({ madeFor: 'everyone' });
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`"audit":{"id":"${auditId}"`);
  });
});
