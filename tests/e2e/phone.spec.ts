import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../electron/core/db/storage.ts';
import { closeStorage } from '../../electron/core/db/storage.ts';
import type { ServiceContext } from '../../electron/core/services/context.ts';
import type { RoomHost } from '../../electron/core/services/room/host.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { NOT_SURE_LABEL } from '../../shared/instrument/scales.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium.ts';
import { auditWithSeats, callRoom, roomContext, ROOM_HOST } from '../fixtures/room.ts';
import { tempStorage } from '../fixtures/temp-storage.ts';
import { axeScan, type Finding } from './page-checks.ts';
import { buildPhonePage } from './phone-page.ts';
import { ROOT } from './web-server.ts';

/*
 * The phone page in Debian's Chromium with mobile emulation (390×844, touch, a phone's user
 * agent) against the real room server on 127.0.0.2 over a real temp database: join by the QR
 * code's address, claim a seat, answer every item by tapping, a tick only once the laptop has
 * the answer, offline mid-way (answers wait on the phone, then all are resent), the page closed
 * while answers waited and opened again, a reload, and the reveal. The database is read back:
 * every ticked answer is there exactly once with the value tapped. axe-core scans each screen;
 * screenshots go to .tmp/screens/phone-*.png.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens');
const ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36';
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

const items = instrumentSections(instrumentV1).flatMap((section) =>
  section.items.map((item) => ({ id: item.id, text: item.text, scale: section.scale })),
);
/** The answer tapped for the item at `index`: spread over the scale, Not sure now and then. */
function choiceFor(index: number): { label: string; value: number | null } {
  const { scale } = items[index]!;
  const options = scale.labels.length + 1;
  const pick = (index * 3) % options;
  return pick === scale.labels.length
    ? { label: NOT_SURE_LABEL, value: null }
    : { label: scale.labels[pick]!, value: scale.min + pick };
}
const NOTE = { index: 1, text: 'We say it; nobody met a customer this quarter — Zoë & 山田 agree.' };

let storage: Storage;
let host: RoomHost;
let context: ServiceContext;
let auditId = '';
let benId = '';
let joinUrl = '';
let shortUrl = '';
let code = '';
let browser: Browser;
let phone: BrowserContext;
let page: Page;
const findings: Finding[] = [];
const pageErrors: string[] = [];

type Row = { item_id: string; value: number | null; note: string; device_seq: number };
/** Ben's answers as the laptop's database holds them. */
function rows(): Row[] {
  return storage.db
    .prepare(
      'SELECT item_id, value, note, device_seq FROM responses WHERE audit_id = ? AND participant_id = ? ORDER BY item_id',
    )
    .all(auditId, benId) as Row[];
}
const rowOf = (itemId: string) => rows().find((r) => r.item_id === itemId);

async function openPhonePage(): Promise<Page> {
  const next = await phone.newPage();
  next.on('pageerror', (error) => pageErrors.push(error.message));
  // The page runs under the room server's policy (no meta policy of its own): nothing it needs may be refused.
  next.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return next;
}

async function shoot(name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.evaluate('document.fonts.ready.then(() => true)');
  await page.screenshot({ path: path.join(SCREENS, `phone-${name}.png`), scale: 'css' });
}

/** The question on screen. */
const question = () => page.locator('#item-text');
/** The live status in the header: "All saved", "Saving…", "Reconnecting…". */
const status = () => page.locator('[data-connection]');

/** Taps the answer for item `index`, which must be the one on screen. */
async function answer(index: number): Promise<void> {
  await expect.poll(() => question().textContent()).toBe(items[index]!.text);
  const { label } = choiceFor(index);
  await page
    .getByRole('radio', { name: label, exact: true })
    .tap({ timeout: 5000 })
    .catch(async (e: unknown) => {
      await shoot('debug');
      console.log(await page.evaluate('document.body.innerHTML.slice(0, 3000)'));
      throw e;
    });
}

/** Waits until the phone says every answer is saved. */
async function allSaved(): Promise<void> {
  await expect.poll(() => status().getAttribute('data-connection'), { timeout: 15_000 }).toBe('saved');
}

/** The overview's state of each item: unanswered, waiting or saved. */
async function overviewStates(): Promise<Map<string, string>> {
  const rowsShown = await page
    .locator('.overview-item')
    .evaluateAll((buttons) =>
      buttons.map((b) => [b.getAttribute('data-item'), b.getAttribute('data-state')]),
    );
  return new Map(rowsShown as [string, string][]);
}

/** An accessible name that begins with `text` (an overview row: the question, then the answer and its tick). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function toOverview(): Promise<void> {
  await page.getByRole('button', { name: 'All questions' }).tap();
  await page.locator('.overview').waitFor();
}

/** Every item the overview ticks is in the database exactly once, with the value tapped. */
function expectTickedInDatabase(states: Map<string, string>): void {
  const held = rows();
  expect(new Set(held.map((r) => r.item_id)).size).toBe(held.length);
  for (const [itemId, state] of states) {
    if (state !== 'saved') continue;
    const index = items.findIndex((i) => i.id === itemId);
    const row = held.find((r) => r.item_id === itemId);
    expect(row, `${itemId} is ticked, so the laptop must hold it`).toBeDefined();
    expect(row!.value).toBe(choiceFor(index).value);
  }
}

beforeAll(async () => {
  const phoneDir = buildPhonePage();
  storage = await tempStorage();
  const audit = await auditWithSeats(storage, ['Zoë Łukasz', 'Ben Okafor', 'Amélie 山田']);
  auditId = audit.auditId;
  benId = audit.seats[1]!;
  ({ host, context } = roomContext(storage, { phoneDir }));
  const started = await callRoom(storage, context, 'room.start', { auditId, host: ROOM_HOST, port: 0 });
  joinUrl = started.joinUrl!;
  shortUrl = started.shortUrl!;
  code = started.code!;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: IPHONE_UA,
  });
  page = await openPhonePage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.closeAll();
  if (storage) closeStorage(storage);
});

describe('the phone page in a room (Chromium, mobile emulation)', () => {
  it('opens at the QR code’s address and shows the roster', async () => {
    expect(new URL(joinUrl).hostname).toBe(ROOM_HOST);
    const response = await page.goto(joinUrl);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    const seats = await page.locator('.seat-list button').allTextContents();
    expect(seats).toEqual(['Zoë Łukasz', 'Ben Okafor', 'Amélie 山田']);
    findings.push(...(await axeScan(page, 'roster')));
    await shoot('roster');
  });

  it('claims a seat and asks the first item, with the scale’s words as big buttons', async () => {
    await page.getByRole('button', { name: 'Ben Okafor' }).tap();
    await expect.poll(() => question().textContent()).toBe(items[0]!.text);
    const radios = page.getByRole('radio');
    expect(await radios.allTextContents()).toEqual([...items[0]!.scale.labels, NOT_SURE_LABEL]);
    for (const box of await radios.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(48);
    }
    expect(rows()).toEqual([]);
  });

  it('saves answers as they are tapped, a note with its answer, and ticks only what the laptop holds', async () => {
    for (let index = 0; index < 12; index++) {
      if (index === NOTE.index) {
        await page.getByRole('button', { name: 'Add a note' }).tap();
        await page.getByLabel(/Note/).fill(NOTE.text);
      }
      await answer(index);
      await allSaved();
      // The tick is shown: the row must be committed already.
      expect(rowOf(items[index]!.id)?.value).toBe(choiceFor(index).value);
    }
    expect(rowOf(items[NOTE.index]!.id)?.note).toBe(NOTE.text);
    findings.push(...(await axeScan(page, 'item')));
    await shoot('item');
  });

  it('keeps answers on the phone while offline, ticks none of them, and sends them all once back', async () => {
    await phone.setOffline(true);
    await expect.poll(() => status().getAttribute('data-connection')).toBe('reconnecting');
    await expect.poll(() => status().textContent()).toMatch(/Reconnecting/);
    for (let index = 12; index < 20; index++) await answer(index);
    await expect
      .poll(() => page.locator('.waiting-line').textContent())
      .toMatch(/^8 answers are kept on this phone/);
    await shoot('reconnecting');
    await toOverview();
    const offline = await overviewStates();
    for (let index = 12; index < 20; index++) expect(offline.get(items[index]!.id)).toBe('waiting');
    for (let index = 12; index < 20; index++) expect(rowOf(items[index]!.id)).toBeUndefined();
    expectTickedInDatabase(offline);

    await phone.setOffline(false);
    await allSaved();
    const online = await overviewStates();
    for (let index = 0; index < 20; index++) expect(online.get(items[index]!.id)).toBe('saved');
    expectTickedInDatabase(online);
    expect(rows()).toHaveLength(20);
  });

  it('keeps answers given offline when the page is closed, and sends them when it is opened again', async () => {
    await page.getByRole('button', { name: startsWith(items[20]!.text) }).tap();
    await phone.setOffline(true);
    await expect.poll(() => status().getAttribute('data-connection')).toBe('reconnecting');
    for (let index = 20; index < 23; index++) await answer(index);
    await page.close();
    expect(rows()).toHaveLength(20);
    await phone.setOffline(false);

    page = await openPhonePage();
    await page.goto(joinUrl);
    // The device holds its seat: no roster, straight back to the first unanswered item.
    await expect.poll(() => question().textContent(), { timeout: 15_000 }).toBe(items[23]!.text);
    await allSaved();
    expect(rows()).toHaveLength(23);
    for (let index = 20; index < 23; index++)
      expect(rowOf(items[index]!.id)?.value).toBe(choiceFor(index).value);
  });

  it('resumes after a reload where the person left off, with every answer', async () => {
    await answer(23);
    await allSaved();
    await page.reload();
    await expect.poll(() => question().textContent(), { timeout: 15_000 }).toBe(items[24]!.text);
    await toOverview();
    const states = await overviewStates();
    for (let index = 0; index < 24; index++) expect(states.get(items[index]!.id)).toBe('saved');
    expect([...states.values()].filter((s) => s === 'unanswered')).toHaveLength(items.length - 24);
    await page.getByRole('button', { name: startsWith(items[24]!.text) }).tap();
  });

  it('answers every item, then says all are answered and that an answer can still change', async () => {
    for (let index = 24; index < items.length; index++) await answer(index);
    await page.getByRole('heading', { name: 'All answered' }).waitFor();
    await allSaved();
    const states = await overviewStates();
    expect([...states.values()].every((s) => s === 'saved')).toBe(true);
    expectTickedInDatabase(states);
    const held = rows();
    expect(held).toHaveLength(items.length);
    expect(held.map((r) => r.value).sort()).toEqual(items.map((_, i) => choiceFor(i).value).sort());
    expect(await page.locator('.overview .lead').textContent()).toMatch(/You can still change an answer/);
    findings.push(...(await axeScan(page, 'done')));
    await shoot('done');
  });

  it('changes an answer from the overview: the new value replaces the old, once', async () => {
    await page.getByRole('button', { name: startsWith(items[0]!.text) }).tap();
    const before = rowOf(items[0]!.id)!;
    await expect.poll(() => page.locator('[aria-checked="true"] .mark').textContent()).toBe('✓ Saved');
    await shoot('answered');
    const other = choiceFor(1).label === choiceFor(0).label ? choiceFor(2) : choiceFor(1);
    await page.getByRole('radio', { name: other.label, exact: true }).tap();
    await allSaved();
    const after = rowOf(items[0]!.id)!;
    expect(after.value).toBe(other.value);
    expect(after.device_seq).toBeGreaterThan(before.device_seq);
    expect(rows()).toHaveLength(items.length);
    // A note added to an answered item goes with the same answer again.
    await page.getByRole('button', { name: startsWith(items[3]!.text) }).tap();
    await page.getByRole('button', { name: 'Add a note' }).tap();
    await page.getByLabel(/Note/).fill('Only at the board away day.');
    await page.getByRole('button', { name: 'Save note' }).tap();
    await allSaved();
    expect(rowOf(items[3]!.id)).toMatchObject({
      value: choiceFor(3).value,
      note: 'Only at the board away day.',
    });
    await toOverview();
  });

  it('shows the facilitator’s nudge as a banner that can be put away', async () => {
    const { delivered } = await callRoom(storage, context, 'room.nudge', { auditId, participantId: benId });
    expect(delivered).toBe(true);
    const banner = page.locator('.banner-nudge');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^From the facilitator: /);
    await banner.getByRole('button', { name: 'OK' }).tap();
    await banner.waitFor({ state: 'detached' });
  });

  it('joins by the typed code at /, shows a taken seat as taken, and adds a person when open seats are allowed', async () => {
    await callRoom(storage, context, 'room.openSeats', { auditId, open: true });
    const android = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2.625,
      isMobile: true,
      hasTouch: true,
      userAgent: ANDROID_UA,
    });
    try {
      const second = await android.newPage();
      second.on('pageerror', (error) => pageErrors.push(error.message));
      await second.goto(shortUrl);
      const field = second.getByLabel(/Code/);
      await field.waitFor();
      findings.push(...(await axeScan(second, 'code')));
      // A code that cannot be one is refused on the phone, with no request.
      await field.fill('abc');
      await second.getByRole('button', { name: 'Join' }).tap();
      await second.getByRole('alert').waitFor();
      expect(await second.getByRole('alert').textContent()).toMatch(/six letters and digits/);
      // Typed as people type it: lower case, a dash in the middle.
      await field.fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
      await second.getByRole('button', { name: 'Join' }).tap();
      await second.getByRole('heading', { name: 'Who are you?' }).waitFor();
      const ben = second.getByRole('button', { name: /Ben Okafor/ });
      expect(await ben.isDisabled()).toBe(true);
      expect(await ben.textContent()).toMatch(/on another phone/);
      await second.getByRole('button', { name: 'I’m not on the list' }).tap();
      await second.getByLabel('Your name').fill('Dana Ruiz');
      findings.push(...(await axeScan(second, 'new-seat')));
      await second.screenshot({ path: path.join(SCREENS, 'phone-new-seat.png'), scale: 'css' });
      await second.getByRole('button', { name: 'Join with this name' }).tap();
      await expect
        .poll(() => second.locator('#item-text').textContent(), { timeout: 15_000 })
        .toBe(items[0]!.text);
      expect(await second.locator('.seat-name').textContent()).toBe('Dana Ruiz');
      const names = storage.db.prepare('SELECT name FROM participants WHERE audit_id = ?').all(auditId);
      expect(names).toContainEqual({ name: 'Dana Ruiz' });
    } finally {
      await android.close();
    }
  });

  it('locks the answers when the reveal starts and points to the screen at the front', async () => {
    await callRoom(storage, context, 'audits.startReveal', { id: auditId });
    await page.getByRole('heading', { name: 'Answers are locked' }).waitFor({ timeout: 15_000 });
    findings.push(...(await axeScan(page, 'revealed')));
    await shoot('revealed');
  });

  it('stops when the facilitator releases the seat, and can join again', async () => {
    await callRoom(storage, context, 'room.release', { auditId, participantId: benId });
    await page
      .getByRole('heading', { name: 'This phone is no longer in the room' })
      .waitFor({ timeout: 15_000 });
    findings.push(...(await axeScan(page, 'closed')));
    await shoot('closed');
    await page.getByRole('button', { name: 'Join again' }).tap();
    await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    expect(await page.getByRole('button', { name: /Ben Okafor/ }).isDisabled()).toBe(false);
    // Released, the seat keeps its answers.
    expect(rows()).toHaveLength(items.length);
  });

  it('has no serious or critical accessibility problem on any screen, and no page error', () => {
    const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
