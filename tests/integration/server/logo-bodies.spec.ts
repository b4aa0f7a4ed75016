import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { LOGO_BODY_BYTES, MIB } from '../../../electron/server/limits.ts';
import { startWebServer, type WebServer } from '../../../electron/server/server.ts';
import { MAX_LOGO } from '../../../shared/limits.ts';
import { send, tempRenderer } from '../../fixtures/http.ts';
import { call as callService, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
let server: WebServer;
beforeAll(async () => {
  storage = await tempStorage();
  server = await startWebServer({ storage, rendererDir: tempRenderer(), limits: {} });
});
afterAll(async () => {
  await server.close();
  closeStorage(storage);
});

const post = (method: string, body: unknown) =>
  send(server.port, {
    path: `/api/${method}`,
    method: 'POST',
    headers: {
      host: `127.0.0.1:${server.port}`,
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });

/** A data: URL of the largest size a logo may have (its content is not decoded here). */
const largestLogo = () => {
  const prefix = 'data:image/png;base64,';
  return prefix + 'A'.repeat(MAX_LOGO - prefix.length);
};

describe('a logo over the browser binding', () => {
  it('reaches the services at the largest size a logo may have, for the firm and for an audit', async () => {
    expect(LOGO_BODY_BYTES).toBe(MAX_LOGO + MIB);
    const logo = largestLogo();
    expect(logo.length).toBeGreaterThan(MIB);
    const firm = await post('settings.update', { firmLogo: logo });
    expect(firm.status).toBe(200);
    expect((await callService(storage, 'settings.get', {})).firmLogo).toBe(logo);

    const audit = await callService(storage, 'audits.create', {
      organization: 'Acme',
      title: 'T',
      date: '2026-11-23',
    });
    expect((await post('audits.update', { id: audit.id, logo })).status).toBe(200);
    expect((await post('audits.update', { id: audit.id, firmBranding: 'own', firmLogo: logo })).status).toBe(
      200,
    );
    expect((await callService(storage, 'audits.get', { id: audit.id })).branding).toMatchObject({
      logo,
      firm: { logo },
    });
  });

  it('answers a logo over its limit with the logo’s own message, writing nothing', async () => {
    await callService(storage, 'settings.update', { firmLogo: null });
    const over = await post('settings.update', { firmLogo: `${largestLogo()}AAAA` });
    expect(over.status).toBe(400);
    expect(JSON.parse(over.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('must be at most 2 MB') },
    });
    expect((await callService(storage, 'settings.get', {})).firmLogo).toBeNull();
    // Other calls keep the ordinary limit.
    expect((await post('settings.get', { pad: 'x'.repeat(2 * MIB) })).status).toBe(413);
  });
});
