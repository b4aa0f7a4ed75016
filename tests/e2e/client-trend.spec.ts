import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageLocation, type StorageLocation } from '../../electron/core/db/location.ts';
import { closeStorage, openStorage } from '../../electron/core/db/storage.ts';
import type { Trend } from '../../shared/scoring/trend.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import { answer2026, CLIENT, writeFirstTwoAudits } from '../fixtures/client-history.ts';
import { call } from '../fixtures/temp-storage.ts';
import { pdfText } from '../integration/report/pdf-tools.ts';
import { axeScan, screenshots, type Finding } from './page-checks.ts';
import { buildApp, ROOT, startWebProcess, type WebProcess } from './web-server.ts';

/*
 * A client seen three years running, in Debian's Chromium against `npm run web`: the 2024 audit
 * and its 2025 re-assessment are in the database; the consultant finds the client on the home
 * view by keyboard, re-assesses the 2025 audit and reviews its plan by keyboard (one action
 * was done there already; one carried, one done, one dropped). Once the team has scored (through
 * the services, on the same database), the Results step and the organisation page show the
 * trend, and the PDF exported from the Report step shows the same figures (pdftotext).
 */

let dir: string;
let location: StorageLocation;
let web: WebProcess;
let browser: Browser;
let page: Page;
let reassessment = '';
let organizationId = '';
const findings: Finding[] = [];
const pageErrors: string[] = [];
/** What the Results step shows, row by row, to compare with the PDF. */
const onScreen = { audits: [] as string[][], dimensions: [] as string[], compatibility: '', plan: '' };

async function check(view: string): Promise<void> {
  findings.push(...(await axeScan(page, view)));
  await screenshots(page, view);
}

/** The figures of the trend section on screen, as text. */
async function readTrend(): Promise<typeof onScreen> {
  const section = page.getByRole('region', { name: /^Progress since / });
  await section.waitFor();
  const audits = await section
    .locator('.trend-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
  const dimensions = await section
    .locator('.small-multiple')
    .evaluateAll((cells) =>
      cells.map(
        (c) =>
          `${c.querySelector('.small-multiple-name')?.textContent ?? ''} ${c.querySelector('.small-multiple-span')?.textContent ?? ''}`,
      ),
    );
  return {
    audits,
    dimensions,
    compatibility: (await section.locator('.trend-compatibility').textContent()) ?? '',
    plan: (await section.locator('.trend-plan').textContent()) ?? '',
  };
}

beforeAll(async () => {
  buildApp();
  dir = mkdtempSync(path.join(tmpdir(), 'rc-e2e-client-'));
  location = storageLocation({ dataDir: dir });
  const storage = await openStorage(location);
  await writeFirstTwoAudits(storage);
  closeStorage(storage);
  web = await startWebProcess(location.databasePath);
  browser = await launchChromium(chromium, { width: 1366, height: 768 });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console error: ${message.text()}`);
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a client over three years in Chromium', () => {
  it('finds the client by keyboard on the home view and re-assesses the 2025 audit', async () => {
    await page.goto(web.url);
    await page.getByRole('region', { name: `${CLIENT} · 2 audits` }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('2025');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'match' }).textContent())
      .toBe('1 audit of 1 organisation match “2025”.');
    await check('home-search');
    await page.getByRole('button', { name: 'Re-assess Readiness audit 2025 (2025-11-19)' }).click();
    await page.getByRole('heading', { name: 'Last time’s plan', level: 2 }).waitFor();
    reassessment = /#\/audits\/([^/]+)\/review$/.exec(page.url())?.[1] ?? '';
    expect(reassessment).not.toBe('');
  });

  it('reviews last time’s plan by keyboard before blind scoring', async () => {
    const progress = page.locator('.plan-review-progress');
    await expect.poll(() => progress.textContent()).toBe('1 of 4 reviewed: 1 done.');
    const review = async (title: string, key: string) => {
      const group = page.getByRole('group', { name: new RegExp(title) });
      await group.getByRole('radio').first().focus();
      await page.keyboard.press(key);
    };
    await review('Call every customer we lose', '4');
    await expect
      .poll(() => progress.textContent())
      .toBe('2 of 4 reviewed: 1 done, 1 carried into the new plan.');
    await review('Monthly service review with the board', '1');
    await review('Replace the survey tool', '3');
    await expect
      .poll(() => progress.textContent())
      .toBe('4 of 4 reviewed: 2 done, 1 dropped, 1 carried into the new plan.');
    // The steps: the review comes before blind scoring.
    const steps = await page
      .getByRole('navigation', { name: 'Workshop steps' })
      .locator('li')
      .evaluateAll((items) => items.map((i) => (i.textContent ?? '').replace(/^\d+/, '').trim()));
    expect(steps.slice(0, 3)).toEqual(['Set-up', 'Last plan', 'Blind scoring']);
    await check('plan-review');
  });

  it('shows the trend on the Results step once the team has scored', async () => {
    // The team scores (the services, on the same database as the server), the audit is dated.
    const storage = await openStorage(location);
    await call(storage, 'audits.update', {
      id: reassessment,
      title: 'Readiness audit 2026',
      date: '2026-11-18',
    });
    await answer2026(storage, reassessment);
    const trend: Trend = await call(storage, 'audits.trend', { id: reassessment });
    organizationId = (await call(storage, 'audits.list', {}))[0]?.organizationId ?? '';
    closeStorage(storage);

    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/audits/${reassessment}/results`)}`);
    await page.reload();
    Object.assign(onScreen, await readTrend());
    expect(onScreen.audits.map((r) => r[0])).toEqual(trend.audits.map((a) => a.title));
    expect(onScreen.compatibility).toBe('Compared on 44 of 44 statements both versions share.');
    expect(onScreen.plan).toBe(
      'Of the 4 actions of last time’s plan: 2 done, 0 in progress, 1 dropped and 1 carried into this plan.',
    );
    expect(onScreen.dimensions).toHaveLength(trend.dimensions.length);
    await page.getByRole('region', { name: /^Progress since / }).scrollIntoViewIfNeeded();
    await check('results-trend');
  });

  it('lists the client’s audits over time on the organisation page', async () => {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/organizations/${organizationId}`)}`);
    await page.getByRole('heading', { name: CLIENT, level: 1 }).waitFor();
    const rows = page.locator('.organization-audits tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const last = (await rows.nth(2).textContent()) ?? '';
    expect(last).toContain(`Index ${onScreen.audits[2]?.[4]} points`);
    expect(await readTrend()).toEqual(onScreen);
    await check('organization');
  });

  it('exports a PDF whose "Progress since" section shows the same figures', async () => {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/audits/${reassessment}/report`)}`);
    await page.getByRole('button', { name: 'Export PDF' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const pdf = path.join(dir, 'trend.pdf');
    await download.saveAs(pdf);
    mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
    copyFileSync(pdf, path.join(ROOT, 'artifacts', 'e2e-client-trend.pdf'));
    const layout = pdfText(pdf, { layout: true });
    const flat = pdfText(pdf).replace(/\s+/g, ' ');
    expect(flat).toContain('Progress since 20 November 2024');
    expect(flat).toContain(onScreen.compatibility);
    expect(flat).toContain(onScreen.plan);
    // Each audit's row: title, level, index and change, as on screen.
    for (const [title, , level, index, change] of onScreen.audits) {
      const row = layout.split('\n').find((line) => line.includes(title!) && line.includes(index!));
      expect(row, title).toBeDefined();
      expect(row).toContain(level);
      expect(row!.trim().endsWith(change!)).toBe(true);
    }
    // Each dimension's first and latest percent with the change, as on screen.
    for (const line of onScreen.dimensions) {
      const span = /(\S+ % to \S+ % \(\S+\))$/.exec(line)?.[1] ?? line;
      expect(flat, line).toContain(span);
    }
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
