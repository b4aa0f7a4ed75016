import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGE, APP_SCHEME_PRIVILEGES, serveAppRequest } from '../../../electron/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/common/csp.ts';
import { tempDir } from '../../fixtures/temp-storage.ts';

let root: string;
let outside: string;
beforeAll(() => {
  const base = tempDir();
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>RC</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  outside = path.join(base, 'secret.txt');
  writeFileSync(outside, 'not for the page');
});

const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root);

describe('the app:// protocol that serves the window’s page', () => {
  it('serves the built page and its assets with the strict CSP header and no sniffing', async () => {
    const page = await get(APP_PAGE);
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<title>RC</title>');
    expect(page.headers).toMatchObject({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
    const script = await get('app://reality-check/assets/index-abc.js');
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps a policy without inline or evaluated scripts and without framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('refuses paths that climb out of the renderer folder, other hosts, and missing files', async () => {
    for (const url of [
      'app://reality-check/../secret.txt',
      'app://reality-check/%2e%2e/secret.txt',
      'app://reality-check/..%2fsecret.txt',
      'app://reality-check/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://elsewhere/index.html',
      'app://reality-check/missing.js',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(String(answer.body)).not.toContain('not for the page');
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get('app://reality-check/%E0%A4%A')).status).toBe(400);
    expect((await get('not a url')).status).toBe(400);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(APP_PAGE, 'POST')).status).toBe(405);
    const head = await get(APP_PAGE, 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_PAGE).toBe('app://reality-check/index.html');
  });
});
