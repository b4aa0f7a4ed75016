import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import type { SeatSnapshot } from '../../shared/room/protocol.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import { Phone, ROOM_HOST } from '../fixtures/room.ts';
import { axeScan, type Finding } from './page-checks.ts';
import {
  buildApp,
  callWeb,
  createWorkshopAudit,
  ROOT,
  startWebProcess,
  type WebProcess,
} from './web-server.ts';

/*
 * Room mode from the facilitator's side, in Debian's Chromium against `npm run web` on a temp
 * database: the console opens the room on 127.0.0.2 (standing in for the venue's Wi-Fi), three
 * simulated phones (real HTTP and WebSocket clients, shared/room/protocol.ts) join by the code
 * on screen and answer, the console and the projector tab show the counts, and the projector
 * is told nothing else before the reveal (every answer it received is read). Then the reveal,
 * and the projector steps through the items by its keys. Screenshots go to .tmp/screens/.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens');
const sections = instrumentSections(instrumentV1);
const scaleOf = new Map(sections.flatMap((s) => s.items.map((i) => [i.id, s.scale] as const)));
const TOTAL = sections.reduce((sum, s) => sum + s.items.length, 0);
const PEOPLE = ['Zoë Łukasz', 'Ben Okafor', 'Amélie Durand'] as const;
/** A note typed on a phone: it must reach the projector only after the reveal. */
const NOTE = 'Nobody on the board has met a customer since the spring.';

let dir: string;
let web: WebProcess;
let browser: Browser;
let console_: Page;
let projector: Page;
let auditId = '';
let port = 0;
const phones: Phone[] = [];
/** Each phone's first snapshot: its open items in the order it asks them. */
const snapshots: SeatSnapshot[] = [];
const findings: Finding[] = [];
const pageErrors: string[] = [];
/** Every API answer the projector's tab received, in order, as the text that crossed. */
const projectorHeard: { method: string; body: string; revealed: boolean }[] = [];
let revealed = false;

/** One call to the loopback binding with the session token, as the page makes it. */
const api = <T>(method: string, input: unknown): Promise<T> => callWeb<T>(web, method, input);

/** A value on the item's own scale, different per person so the spread is visible. */
function valueFor(item: string, person: number): number {
  const scale = scaleOf.get(item)!;
  return scale.min + ((person + item.length) % (scale.max - scale.min + 1));
}

/** Answers the phone's open items from `from` (0-based) up to `to`, each waiting for its tick. */
async function answerItems(phone: Phone, person: number, snapshot: SeatSnapshot, from: number, to: number) {
  for (const [i, item] of snapshot.items.slice(from, to).entries()) {
    const note = person === 0 && item.id === 'leadership-1' ? NOTE : undefined;
    const reply = await phone.answer(from + i + 1, item.id, valueFor(item.id, person), note);
    expect(reply.type).toBe('ack');
  }
}

/** The console and the projector ask the room about once a second: give them a few seconds on a loaded machine. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 });

const settled = () =>
  console_.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))).then(() => document.fonts.ready)',
  );

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))).then(() => document.fonts.ready)',
  );
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: name.startsWith('console') });
}

beforeAll(async () => {
  buildApp();
  mkdirSync(SCREENS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'rc-room-e2e-'));
  web = await startWebProcess(path.join(dir, 'room.db'));
  ({ auditId } = await createWorkshopAudit(web, PEOPLE));
  browser = await launchChromium(chromium, { width: 1366, height: 768 });
  console_ = browser.context.pages()[0] ?? (await browser.context.newPage());
  console_.on('pageerror', (error) => pageErrors.push(`console page error: ${error.message}`));
}, 180_000);

afterAll(async () => {
  for (const phone of phones) phone.close();
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('room mode from the console, with phones and the projector', () => {
  it('opens the room from the console and shows the QR code, the address and the code', async () => {
    await console_.goto(web.url);
    await console_.evaluate(`location.hash = '#/audits/${auditId}/scoring'`);
    await console_.getByRole('button', { name: 'Room: everyone on their phone' }).click();
    const network = console_.getByRole('combobox', { name: 'Network the phones are on' });
    // The likely network is chosen already (or loopback, on a machine with no other).
    await eventually(() => network.inputValue()).not.toBe('');
    findings.push(...(await axeScan(console_, 'room console, closed')));
    await settled();
    await console_.screenshot({ path: path.join(SCREENS, 'console-start-1366.png'), fullPage: true });
    await network.selectOption('other');
    await console_.getByRole('textbox', { name: 'Address' }).fill(ROOM_HOST);
    await console_.getByRole('button', { name: 'Open the room' }).click();
    const address = console_.locator('.room-address');
    await eventually(() => address.textContent()).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    port = Number(new URL((await address.textContent())!).port);
    const qr = console_.getByRole('img', { name: 'QR code of the room’s join address' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0)).toBe(
      true,
    );
    await eventually(() => console_.locator('tbody tr').count()).toBe(3);
    expect(await console_.locator('tbody tr .phone-state').allTextContents()).toEqual([
      'Not joined',
      'Not joined',
      'Not joined',
    ]);
    findings.push(...(await axeScan(console_, 'room console, open')));
  });

  it('opens the projector in a second tab that asks the room for the projector’s view only', async () => {
    const opened = browser.context.waitForEvent('page');
    await console_.getByRole('button', { name: 'Open the projector' }).click();
    projector = await opened;
    projector.on('pageerror', (error) => pageErrors.push(`projector page error: ${error.message}`));
    projector.on('response', (response: Response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/api/')) return;
      const method = url.pathname.slice('/api/'.length);
      const seen = revealed;
      void response.text().then((body) => projectorHeard.push({ method, body, revealed: seen }));
    });
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.getByRole('heading', { name: 'Join on your phone' }).waitFor();
    // The token travelled in the address once and left it at once.
    expect(projector.url()).toBe(`${web.origin}/#/projector/${auditId}`);
    expect(await projector.locator('.projector-address').textContent()).toBe(`http://${ROOM_HOST}:${port}`);
    const code = (await console_.locator('.room-code').textContent())!.replace(/\s/g, '');
    expect((await projector.locator('.projector-code').textContent())!.replace(/\s/g, '')).toBe(code);
    expect(await projector.getByText('0 of 3 joined').count()).toBe(1);
    await shoot(projector, 'projector-joining-1920');
    findings.push(...(await axeScan(projector, 'projector, joining')));
  });

  it('lets three phones join by the code, claim their seats and answer, and shows the counts', async () => {
    const code = (await console_.locator('.room-code').textContent())!.replace(/\s/g, '');
    for (const [person, name] of PEOPLE.entries()) {
      const phone = new Phone(port);
      phones.push(phone);
      const joined = await phone.join({ code });
      const seat = joined.roster.find((s) => s.label === name)!;
      expect((await phone.claim({ seatId: seat.id })).status).toBe(200);
      snapshots[person] = (await phone.connect()) as SeatSnapshot;
      expect(snapshots[person].items).toHaveLength(TOTAL);
    }
    await eventually(() => console_.locator('tbody tr .phone-state').allTextContents()).toEqual([
      'Connected',
      'Connected',
      'Connected',
    ]);
    // Two finish, the third is part-way.
    await Promise.all([
      answerItems(phones[0]!, 0, snapshots[0]!, 0, TOTAL),
      answerItems(phones[1]!, 1, snapshots[1]!, 0, TOTAL),
      answerItems(phones[2]!, 2, snapshots[2]!, 0, 10),
    ]);
    await eventually(() => console_.locator('tbody .seat-answered span').allTextContents()).toEqual([
      'Done',
      'Done',
      `10 of ${TOTAL}`,
    ]);
    expect(await console_.getByRole('heading', { name: '2 of 3 done' }).count()).toBe(1);
    const third = console_.locator('tbody tr').nth(2);
    expect((await third.locator('.seat-sections li').first().textContent())!.replace(/\s/g, '')).toBe(
      `CustomerLeadership:6/6`,
    );
    await eventually(() => projector.locator('.projector-done').textContent()).toBe('2 of 3 done');
    await settled();
    await console_.screenshot({ path: path.join(SCREENS, 'console-scoring-1366.png'), fullPage: true });
    await shoot(projector, 'projector-scoring-1920');
  });

  it('nudges the one still scoring, on their phone', async () => {
    const nudged = phones[2]!.next((m) => m.type === 'nudge');
    await console_.getByRole('button', { name: `Nudge ${PEOPLE[2]}` }).click();
    expect((await nudged).type).toBe('nudge');
    await console_.getByText('Nudge sent: their phone shows a gentle reminder.').waitFor();
  });

  it('announces that everyone is done, and the projector was told counts only until then', async () => {
    await answerItems(phones[2]!, 2, snapshots[2]!, 10, TOTAL);
    await eventually(() => console_.locator('.room-announcement').textContent()).toBe('Everyone is done.');
    await eventually(() => projector.locator('.projector-done').textContent()).toBe('Everyone is done');
    await shoot(projector, 'projector-done-1920');

    const before = projectorHeard.filter((h) => !h.revealed);
    expect(before.length).toBeGreaterThan(3);
    expect(new Set(before.map((h) => h.method))).toEqual(new Set(['room.projector']));
    for (const { body } of before) {
      expect(body).not.toContain(NOTE);
      expect(body).not.toMatch(/"spotlight":\{|"distribution"|"mean"|"notes"/);
      for (const name of PEOPLE) expect(body).not.toContain(name);
    }
  });

  it('starts the reveal from the console, and the projector steps through the items by its keys', async () => {
    revealed = true;
    await console_.getByRole('button', { name: 'Start the reveal' }).click();
    await console_.getByRole('heading', { name: 'The reveal has started' }).waitFor();
    const position = projector.locator('.projector-position');
    await eventually(() => position.textContent()).toMatch(/^1 of \d+$/);
    const count = Number(/of (\d+)/.exec((await position.textContent())!)![1]);
    expect(count).toBe(TOTAL);
    await projector.locator('.projector-statement').waitFor();
    await shoot(projector, 'projector-reveal-1-1920');

    await projector.keyboard.press('ArrowRight');
    await eventually(() => position.textContent()).toBe(`2 of ${count}`);
    await projector.keyboard.press('Space');
    await eventually(() => position.textContent()).toBe(`3 of ${count}`);
    await projector.keyboard.press('ArrowLeft');
    await eventually(() => position.textContent()).toBe(`2 of ${count}`);
    // The console follows the projector, and drives it too.
    await eventually(() => console_.locator('.room-presenting').textContent()).toContain(`2 of ${count}`);
    await console_.getByRole('button', { name: 'Next →' }).click();
    await eventually(() => position.textContent()).toBe(`3 of ${count}`);
    await projector.keyboard.press('Home');
    await eventually(() => position.textContent()).toBe(`1 of ${count}`);

    // The note typed on a phone is shown with its item, after the reveal.
    let found = false;
    for (let i = 0; i < count && !found; i++) {
      found = (await projector.locator('.projector-notes li').allTextContents()).includes(NOTE);
      if (!found) {
        await projector.keyboard.press('ArrowRight');
        await eventually(() => position.textContent()).toBe(`${i + 2} of ${count}`);
      }
    }
    expect(found).toBe(true);
    await shoot(projector, 'projector-reveal-note-1920');
    findings.push(...(await axeScan(projector, 'projector, reveal')));
    await settled();
    await console_.screenshot({ path: path.join(SCREENS, 'console-revealed-1366.png'), fullPage: true });
    expect(new Set(projectorHeard.map((h) => h.method))).toEqual(new Set(['room.projector', 'room.present']));
  });

  it('closes the room when the facilitator leaves the audit', async () => {
    const closed = phones[0]!.closed();
    await console_.getByRole('link', { name: '← All audits' }).click();
    await eventually(() => console_.url()).toBe(`${web.origin}/#/`);
    await closed;
    const status = await api<{ running: boolean }>('room.status', { auditId });
    expect(status.running).toBe(false);
  });

  it('has no accessibility findings and no page errors', () => {
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
