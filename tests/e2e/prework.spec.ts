import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../electron/core/db/storage.ts';
import { invoke } from '../../electron/core/services/dispatch.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium.ts';
import { buildPreworkForm } from '../fixtures/prework-form.ts';
import { call, tempDir, tempStorage } from '../fixtures/temp-storage.ts';
import { axeScan, type Finding } from './page-checks.ts';
import { ROOT } from './web-server.ts';

/*
 * The pre-work form as a person gets it: made by files.preworkForm for one seat of a real temp
 * database, written to a file, and opened from file:// in Debian's Chromium, on a laptop's
 * screen and with a phone's emulation. Answers given with the mouse, the keyboard and by touch
 * survive a reload (localStorage); "Save my answers" warns about the unanswered items, then
 * downloads the response file, which merges into the audit: its results count the answers.
 * The same file again changes nothing; a tampered copy is refused and writes nothing. axe-core
 * scans the form; screenshots go to .tmp/screens/prework-*.png.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens');
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

let storage: Storage;
let auditId = '';
let kimId = '';
let formUrl = '';
let anyoneUrl = '';
let frontId = '';
let browser: Browser;
const pageErrors: string[] = [];
const findings: Finding[] = [];

async function openForm(context: BrowserContext, url = formUrl): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** The radio button of this answer for this item. */
const choice = (page: Page, itemId: string, label: string) =>
  page.locator(`#item-${itemId}`).getByRole('radio', { name: label, exact: true });

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `prework-${name}.png`), fullPage: false });
}

beforeAll(async () => {
  buildPreworkForm();
  storage = await tempStorage();
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme </script><script>alert(1)</script> & Söhne',
    title: 'Q4 offsite',
    date: '2026-11-23',
    facilitator: 'Dana Whitfield',
  });
  auditId = audit.id;
  const front = await call(storage, 'groups.add', { auditId, name: 'Front line' });
  const ana = await call(storage, 'participants.add', { auditId, name: 'Ana Souza', role: 'CEO' });
  await call(storage, 'responses.save', { auditId, participantId: ana.id, itemId: 'leadership-1', value: 4 });
  const kim = await call(storage, 'participants.add', {
    auditId,
    name: 'Kim Tran',
    role: 'Service desk',
    groupId: front.id,
  });
  kimId = kim.id;
  const form = await call(storage, 'files.preworkForm', { auditId, seat: kimId });
  const file = path.join(tempDir('rc-prework-form-'), form.fileName);
  writeFileSync(file, form.content);
  formUrl = pathToFileURL(file).href;
  frontId = front.id;
  const anyone = await call(storage, 'files.preworkForm', { auditId });
  const anyoneFile = path.join(path.dirname(file), anyone.fileName);
  writeFileSync(anyoneFile, anyone.content);
  anyoneUrl = pathToFileURL(anyoneFile).href;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (storage) closeStorage(storage);
});

describe('the pre-work form opened from a file', () => {
  it('keeps answers across a reload, saves a response file that merges once, and refuses a tampered copy', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await openForm(context);
    expect(formUrl.startsWith('file:///')).toBe(true);
    await expect
      .poll(() => page.locator('.pw-org').textContent())
      .toBe('Acme </script><script>alert(1)</script> & Söhne');
    const about = page.getByRole('region', { name: 'About you' });
    expect(await about.textContent()).toContain('Kim Tran');
    expect(await about.textContent()).toContain('Front line');
    expect(await page.getByRole('textbox', { name: /Name/ }).count()).toBe(0);
    await shoot(page, '1280-top');

    // With the mouse: two answers and a Not sure.
    await choice(page, 'leadership-1', 'Disagree').click();
    await choice(page, 'leadership-2', 'Strongly agree').click();
    await choice(page, 'leadership-3', 'Not sure').click();
    // With the keyboard: into the next item's radio group, two steps down, then a note.
    await choice(page, 'leadership-3', 'Not sure').focus();
    await page.keyboard.press('Tab'); // the note's summary of leadership-3
    await page.keyboard.press('Tab'); // the first radio group of leadership-4
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await choice(page, 'leadership-4', 'Neither agree nor disagree').isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // the note's summary of leadership-4
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('We meet customers at trade fairs only — Zoë & 山田 agree.');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^4 of \d+ answered/);
    findings.push(...(await axeScan(page, 'prework-1280')));

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await choice(page, 'leadership-1', 'Disagree').isChecked()).toBe(true);
    expect(await choice(page, 'leadership-2', 'Strongly agree').isChecked()).toBe(true);
    expect(await choice(page, 'leadership-3', 'Not sure').isChecked()).toBe(true);
    expect(await choice(page, 'leadership-4', 'Neither agree nor disagree').isChecked()).toBe(true);
    expect(await page.locator('#item-leadership-4 textarea').inputValue()).toBe(
      'We meet customers at trade fairs only — Zoë & 山田 agree.',
    );

    // Saving warns about the unanswered items first, then saves anyway.
    await page.getByRole('button', { name: 'Save my answers' }).click();
    const warning = page.getByRole('alert');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/questions have no answer yet/);
    await shoot(page, '1280-warning');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save anyway' }).click(),
    ]);
    // The audit shows codes, so no name is in the file's name.
    expect(download.suggestedFilename()).toBe(
      'acme-script-script-alert-1-script-sohne-q4-offsite-2026-11-23-answers.rcr.json',
    );
    const text = readFileSync(await download.path(), 'utf8');
    const saved = JSON.parse(text) as { participant: unknown; responses: unknown[] };
    expect(saved.participant).toEqual({
      name: 'Kim Tran',
      role: 'Service desk',
      group: expect.any(String),
      seat: kimId,
    });
    expect(saved.responses).toEqual([
      { item: 'leadership-1', value: 2 },
      { item: 'leadership-2', value: 5 },
      { item: 'leadership-3', value: null },
      { item: 'leadership-4', value: 3, note: 'We meet customers at trade fairs only — Zoë & 山田 agree.' },
    ]);
    expect(await page.locator('.pw-done').textContent()).toMatch(/Send that file to Dana Whitfield/);

    // Into the audit: the seat fills, and the results count the answers.
    const before = await call(storage, 'audits.results', { id: auditId });
    expect(before.items.find((i) => i.id === 'leadership-1')).toMatchObject({ n: 1, mean: 4 });
    const merged = await call(storage, 'files.merge', { auditId, text });
    expect(merged).toMatchObject({ status: 'merged', seat: true, participant: { id: kimId } });
    expect(merged.responses).toHaveLength(4);
    const after = await call(storage, 'audits.results', { id: auditId });
    expect(after.items.find((i) => i.id === 'leadership-1')).toMatchObject({ n: 2, mean: 3 });
    expect(after.items.find((i) => i.id === 'leadership-2')).toMatchObject({ n: 1, mean: 5 });
    expect(after.items.find((i) => i.id === 'leadership-3')).toMatchObject({ n: 0, unsure: 1 });

    // The same file again: nothing changes.
    const counts = tableCounts(storage.db);
    expect(await call(storage, 'files.merge', { auditId, text })).toMatchObject({ status: 'unchanged' });
    expect(tableCounts(storage.db)).toEqual(counts);
    expect(await call(storage, 'audits.results', { id: auditId })).toEqual(after);

    // A tampered copy: refused, nothing written.
    const tampered = JSON.parse(text) as { audit: { id: string }; responses: { value: number | null }[] };
    tampered.responses[0]!.value = 9;
    const offScale = await invoke(storage, 'files.merge', { auditId, text: JSON.stringify(tampered) });
    expect(offScale).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const other = { ...(JSON.parse(text) as object), audit: { id: '7d4c1c52-3f43-4a4e-9a53-1b0cf3e0d1a2' } };
    const otherAudit = await invoke(storage, 'files.merge', { auditId, text: JSON.stringify(other) });
    expect(otherAudit).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!otherAudit.ok && otherAudit.error.message).toMatch(/not for this audit/);
    expect(tableCounts(storage.db)).toEqual(counts);

    // The form can reach nothing: the page's own policy refuses a request, even to this machine.
    const refused = await page.evaluate(
      `fetch('http://127.0.0.1:9/').then(() => 'fetched', () => 'refused')`,
    );
    expect(refused).toBe('refused');
    pageErrors.splice(0); // the refusal above is reported on the console, as it should be
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('works by touch at a phone’s size, with touch targets of 44 px and more', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      userAgent: IPHONE_UA,
      acceptDownloads: true,
    });
    const page = await openForm(context);
    await shoot(page, '390-top');
    await choice(page, 'leadership-1', 'Agree').tap();
    await choice(page, 'sign-destination', 'Often').tap();
    const touchTarget =
      (await choice(page, 'leadership-1', 'Agree').locator('xpath=..').boundingBox())?.height ?? 0;
    expect(touchTarget).toBeGreaterThanOrEqual(44);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await choice(page, 'leadership-1', 'Agree').isChecked()).toBe(true);
    await page.locator('#item-leadership-2').scrollIntoViewIfNeeded();
    await shoot(page, '390-items');
    findings.push(...(await axeScan(page, 'prework-390')));
    await page.getByRole('button', { name: 'Save my answers' }).scrollIntoViewIfNeeded();
    await shoot(page, '390-save');
    await context.close();
    expect(pageErrors).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('made for anyone: name, role and group as the person gives them, kept apart from another form in the same browser', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await openForm(context, anyoneUrl);
    await page.getByRole('textbox', { name: /Name/ }).fill('Sam Lee');
    await page.getByRole('textbox', { name: /Role/ }).fill('Service desk');
    await page.getByRole('combobox', { name: /Group/ }).selectOption({ label: 'Front line' });
    await choice(page, 'leadership-1', 'Strongly disagree').click();
    // The seat's form in the same browser starts empty: the two keep their answers apart.
    const seatPage = await openForm(context, formUrl);
    expect(await choice(seatPage, 'leadership-1', 'Strongly disagree').isChecked()).toBe(false);
    await choice(seatPage, 'leadership-2', 'Agree').click();
    await seatPage.close();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: /Name/ }).inputValue()).toBe('Sam Lee');
    expect(await choice(page, 'leadership-2', 'Agree').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Save my answers' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save anyway' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const merged = await call(storage, 'files.merge', { auditId, text });
    expect(merged).toMatchObject({
      status: 'merged',
      seat: false,
      participant: { name: 'Sam Lee', role: 'Service desk', group: frontId },
    });
    expect(merged.responses.map((r) => [r.item, r.value])).toEqual([['leadership-1', 1]]);
    await context.close();
    expect(pageErrors).toEqual([]);
  });
});
