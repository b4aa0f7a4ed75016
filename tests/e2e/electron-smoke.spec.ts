import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ROOT } from './web-server.ts';

/*
 * The real desktop app, started with the real Electron binary on a temp data folder: create an
 * audit, add a participant, answer one item, and find the answer in the database. Where the
 * binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI here) or there is no
 * display, it is skipped and says why; tests/integration/electron-shell covers the shell's
 * wiring on plain Node meanwhile.
 */

/**
 * The Electron binary, or why this machine cannot run it. Found the way the electron package
 * does (path.txt, dist/), without requiring it: a require would try to download a missing binary.
 */
function electronBinary(): { path: string } | { skip: string } {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skip: 'the Electron binary is not installed (node_modules/electron/path.txt is missing: npm install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  }
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(dist, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { skip: `the Electron binary is missing at ${binary}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'there is no display (DISPLAY is not set): run the tests under xvfb-run' };
  }
  return { path: binary };
}

const electron = electronBinary();
const skipReason = 'skip' in electron ? electron.skip : null;
if (skipReason) console.log(`electron-smoke: skipped: ${skipReason}`);

let app: ElectronApplication;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  if (!('path' in electron)) return;
  buildApp();
  dataDir = mkdtempSync(path.join(tmpdir(), 'rc-electron-'));
  app = await _electron.launch({
    executablePath: electron.path,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, REALITY_CHECK_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
}, 180_000);

afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the desktop app in Electron', () => {
  it.skipIf(skipReason !== null)(
    'shows our page on app:// with the bridge and no Node in the page',
    async () => {
      expect(page.url()).toMatch(/^app:\/\/reality-check\/index\.html/);
      // A string, not a function: this file is type-checked for Node, where `window` does not exist.
      const globals = await page.evaluate<{ require: string; process: string; bridge: string[] }>(
        "({ require: typeof window.require, process: typeof window.process, bridge: Object.keys(window).filter((k) => k.startsWith('realityCheck')).sort() })",
      );
      expect(globals).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['realityCheck', 'realityCheckEvents'],
      });
      const userData = await app.evaluate(() => process.env.REALITY_CHECK_DATA_DIR);
      expect(userData).toBe(dataDir);
    },
  );

  it.skipIf(skipReason !== null)(
    'creates an audit, answers one item, and the answer is in the database',
    async () => {
      await page.getByRole('button', { name: 'New audit' }).click();
      await page.getByLabel('Organization').fill('Nordlicht Logistik GmbH');
      await page.getByRole('button', { name: 'Create and set up' }).click();
      await page.waitForURL(/#\/audits\/[^/]+\/setup$/);
      const auditId = decodeURIComponent(/#\/audits\/([^/]+)\//.exec(page.url())![1]!);

      const form = page.getByRole('form', { name: 'Add a participant' });
      await form.getByLabel('Name').fill('Zoë Łukasz');
      await form.getByRole('button', { name: 'Add participant' }).click();
      await page.getByRole('button', { name: 'Start blind scoring →' }).click();
      await page.getByRole('button', { name: /^Score as Zoë Łukasz/ }).click();
      await page.getByRole('button', { name: 'I am Zoë Łukasz: start' }).click();
      await page.getByLabel('Scoring for Zoë Łukasz').waitFor();
      await page.keyboard.press('4');
      await expect.poll(() => page.locator('.save-indicator').textContent()).toBe('All answers saved');

      const db = new Database(path.join(dataDir, 'reality-check.db'), { readonly: true });
      try {
        const rows = db.prepare('SELECT value FROM responses WHERE audit_id = ?').all(auditId);
        expect(rows).toEqual([{ value: 4 }]);
      } finally {
        db.close();
      }
    },
  );
});
