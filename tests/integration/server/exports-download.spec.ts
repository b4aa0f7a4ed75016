import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { tempRenderer } from '../../fixtures/http.ts';
import { WORKED } from '../../fixtures/run-cli.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

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

const post = (method: string, input: unknown) =>
  fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

describe('the exports of the browser binding', () => {
  it('send the CSV tables as one zip download, the workbook and the deck as files', async () => {
    const stem = 'acme-corp-q4-leadership-offsite-2026-11-23';
    const csv = await post('exports.csv', { id: auditId, anonymous: false });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('application/zip');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${stem}-tables.zip"`);
    expect(JSON.parse(csv.headers.get('x-file-details') ?? 'null')).toEqual({ anonymous: false });
    const entries = unzipSync(new Uint8Array(await csv.arrayBuffer()));
    expect(Object.keys(entries)).toContain(`${stem}-tables/answers.csv`);
    expect(strFromU8(entries[`${stem}-tables/summary.csv`]!)).toContain('Organisation,Acme Corp');

    for (const [method, ending, type] of [
      ['exports.xlsx', 'results.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [
        'exports.pptx',
        'results.pptx',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
    ] as const) {
      const response = await post(method, { id: auditId });
      expect(response.status, method).toBe(200);
      expect(response.headers.get('content-type'), method).toBe(type);
      expect(response.headers.get('content-disposition'), method).toBe(
        `attachment; filename="${stem}-${ending}"`,
      );
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 2)
          .toString('latin1'),
      ).toBe('PK');
    }
  });

  it('refuses an unknown audit and a path, with a clear error and no file', async () => {
    const missing = await post('exports.xlsx', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    const path = await post('exports.pptx', { id: auditId, path: '/tmp/deck.pptx' });
    expect(path.status).toBe(400);
    expect(((await path.json()) as { ok: boolean }).ok).toBe(false);
  });
});
