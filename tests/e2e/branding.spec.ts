import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, openStorage } from '../../electron/core/db/storage.ts';
import { serializeAuditFile } from '../../shared/audit-file/serialize.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import { commentedAudit } from '../fixtures/firm-branding.ts';
import { call } from '../fixtures/temp-storage.ts';
import { axeScan, screenshots, type Finding } from './page-checks.ts';
import { buildApp, startWebProcess, type WebProcess } from './web-server.ts';

/*
 * The consultant's deliverables in Chromium over the loopback binding: the firm set once in
 * Settings (reached from Home, by keyboard), a commentary typed on the Report step, and the
 * PDF downloaded and read back with pdftotext. Both views are scanned with axe-core.
 */

let dir: string;
let web: WebProcess;
let browser: Browser;
let page: Page;
let auditId = '';
const findings: Finding[] = [];
const FIRM = 'Harbour & Finch Advisory';

beforeAll(async () => {
  buildApp();
  dir = mkdtempSync(path.join(tmpdir(), 'rc-e2e-brand-'));
  const databasePath = path.join(dir, 'e2e.db');
  const storage = await openStorage({ databasePath, backupsDir: path.join(dir, 'backups') });
  auditId = (await call(storage, 'files.import', { text: serializeAuditFile(commentedAudit()) })).auditId;
  await call(storage, 'commentary.set', { auditId, text: '' });
  closeStorage(storage);
  web = await startWebProcess(databasePath);
  browser = await launchChromium(chromium, { width: 1366, height: 768 });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the firm and the commentary, from the window to the PDF', () => {
  it('sets the firm once in Settings, by keyboard from Home', async () => {
    await page.goto(web.url);
    await page.getByRole('heading', { name: 'Reality Check' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const name = page.getByLabel('Firm name', { exact: true });
    await name.waitFor();
    expect(await name.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type(FIRM);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    findings.push(...(await axeScan(page, 'settings')));
    await screenshots(page, 'settings');
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Audits' }).waitFor();
  });

  it('types the commentary on the Report step, saved as it is typed', async () => {
    await page.goto(`${web.url}#/audits/${encodeURIComponent(auditId)}/report`);
    const summary = page.getByLabel('Summary and recommendations');
    await summary.click();
    await page.keyboard.type('Start with one customer destination, then give every metric an owner.');
    await expect
      .poll(() => page.locator('.save-indicator').textContent(), { timeout: 10_000 })
      .toBe('All answers saved');
    findings.push(...(await axeScan(page, 'report-commentary')));
    await screenshots(page, 'report-commentary');
  });

  it('exports a PDF with the firm on the cover and in the footer, and the commentary on the summary page', async () => {
    await page.getByLabel(/^Anonymous: show participants/).uncheck();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const pdf = path.join(dir, download.suggestedFilename());
    await download.saveAs(pdf);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').map((p) => p.replace(/\s+/g, ' '));
    expect(pages[0]).toContain(`Prepared by ${FIRM}`);
    expect(pages[1]).toContain('Start with one customer destination, then give every metric an owner.');
    expect(pages[1]).toMatch(new RegExp(`${FIRM} · Page 2 of \\d+`));
    expect(pages.slice(1).join(' ')).toContain('Measure fewer things, and act on them.');
  });

  it('finds no serious accessibility problem', () => {
    expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
  });
});
