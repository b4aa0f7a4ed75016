import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../electron/db/store.ts';
import { reportRoute } from '../../../electron/server/report-route.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { call, tempDir, tempStore } from '../../fixtures/temp-store.ts';
import { WORKED } from '../../fixtures/run-cli.ts';

let store: Store;
let server: WebServer;
let auditId: string;

beforeAll(async () => {
  store = await tempStore();
  ({ auditId } = await call(store, 'files.import', { text: readFileSync(WORKED, 'utf8') }));
  server = await startWebServer({ store, rendererDir: tempDir(), routes: [reportRoute(store)] });
});
afterAll(async () => {
  await server.close();
  closeStore(store);
});

const get = (query: string) =>
  fetch(`http://127.0.0.1:${server.port}/download/report?${query}`, {
    headers: { authorization: `Bearer ${server.token}` },
  });

describe('the report download of the browser binding', () => {
  it('sends the PDF with its file name and page count', async () => {
    const response = await get(`audit=${auditId}&anonymous=1&appendix=0`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="acme-corp-q4-leadership-offsite-2026-11-23-readiness-report.pdf"',
    );
    expect(Number(response.headers.get('x-report-pages'))).toBeGreaterThan(5);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('sends a file name in any script, readable in its own letters', async () => {
    const audit = await call(store, 'audits.create', {
      organization: 'Zoë & Łukasz 山田 GmbH',
      title: 'Offsite',
      date: '2026-11-23',
    });
    const response = await get(`audit=${audit.id}&anonymous=1&appendix=0`);
    expect(response.status).toBe(200);
    const header = response.headers.get('content-disposition') ?? '';
    expect(header).toContain('filename="zoe-lukasz-__-gmbh-offsite-2026-11-23-readiness-report.pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '')).toBe(
      'zoe-lukasz-山田-gmbh-offsite-2026-11-23-readiness-report.pdf',
    );
    await response.arrayBuffer();
  });

  it('names a missing or unknown audit', async () => {
    expect(await (await get('anonymous=1')).text()).toBe('id: must not be empty');
    const unknown = await get('audit=nope');
    expect([unknown.status, await unknown.text()]).toEqual([404, 'There is no audit with id nope.']);
  });

  it('refuses a download without the token', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/download/report?audit=${auditId}`);
    expect(response.status).toBe(403);
  });
});
