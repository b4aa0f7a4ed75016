import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { NOT_SURE_LABEL } from '../../shared/instrument/scales.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium.ts';
import { ROOM_HOST } from '../fixtures/room.ts';
import {
  buildApp,
  callWeb,
  createWorkshopAudit,
  ROOT,
  startWebProcess,
  type WebProcess,
} from './web-server.ts';

/*
 * A whole room session as a consultant runs it, in Debian's Chromium against `npm run web` on a
 * temp database: the facilitator opens the room from the console on 127.0.0.2 (standing in for
 * the venue's Wi-Fi) and the projector in a second tab; six phones (mobile emulation: 390×844,
 * touch, phone user agents) open the QR code's address, claim their seats and score every item
 * at the same time, one of them losing the network midway and carrying on; the console and the
 * projector show the counts; the reveal starts from the console and the team records a
 * consensus. The results then equal those of the same answers entered by pass-the-laptop in a
 * second audit, and every answer is in the database exactly once.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens');
const AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
];
const PEOPLE = ['Zoë Łukasz', 'Ben Okafor', 'Amélie Durand', 'Kwame Mensah', 'Ingrid Olsen', 'Ravi Patel'];
/** The phone that loses the network midway. */
const FLAKY = 3;
const items = instrumentSections(instrumentV1).flatMap((section) =>
  section.items.map((item) => ({ id: item.id, text: item.text, scale: section.scale })),
);

/** What person `person` taps for item `index`: spread over the scale, Not sure now and then. */
function choiceFor(person: number, index: number): { label: string; value: number | null } {
  const { scale } = items[index]!;
  const options = scale.labels.length + 1;
  const pick = (index * 3 + person * 2) % options;
  return pick === scale.labels.length
    ? { label: NOT_SURE_LABEL, value: null }
    : { label: scale.labels[pick]!, value: scale.min + pick };
}

let dir: string;
let web: WebProcess;
let browser: Browser;
let facilitator: BrowserContext;
let console_: Page;
let projector: Page;
let auditId = '';
let joinUrl = '';
const phones: { context: BrowserContext; page: Page }[] = [];
const pageErrors: string[] = [];

/** One call to the loopback binding with the session token, as the page makes it. */
const api = <T>(method: string, input: unknown): Promise<T> => callWeb<T>(web, method, input);

/** Taps through items `from`..`to` (exclusive) on one phone, each once it is the one on screen. */
async function score(person: number, from: number, to: number): Promise<void> {
  const { page } = phones[person]!;
  for (let index = from; index < to; index++) {
    await expect
      .poll(() => page.locator('#item-text').textContent(), { timeout: 20_000 })
      .toBe(items[index]!.text);
    await page.getByRole('radio', { name: choiceFor(person, index).label, exact: true }).tap();
  }
}

/** Waits until the phone says every answer reached the laptop. */
async function allSaved(person: number): Promise<void> {
  const status = phones[person]!.page.locator('[data-connection]');
  await expect.poll(() => status.getAttribute('data-connection'), { timeout: 30_000 }).toBe('saved');
}

beforeAll(async () => {
  buildApp();
  mkdirSync(SCREENS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'rc-room-session-'));
  web = await startWebProcess(path.join(dir, 'room.db'));
  ({ auditId } = await createWorkshopAudit(web, PEOPLE));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  facilitator = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  console_ = await facilitator.newPage();
  console_.on('pageerror', (error) => pageErrors.push(`console: ${error.message}`));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a room session: the console, the projector and six phones', () => {
  it('opens the room and the projector from the console', async () => {
    await console_.goto(web.url);
    await console_.evaluate(`location.hash = '#/audits/${auditId}/scoring'`);
    await console_.getByRole('button', { name: 'Room: everyone on their phone' }).click();
    await console_.getByRole('combobox', { name: 'Network the phones are on' }).selectOption('other');
    await console_.getByRole('textbox', { name: 'Address' }).fill(ROOM_HOST);
    await console_.getByRole('button', { name: 'Open the room' }).click();
    await expect.poll(() => console_.locator('tbody tr').count()).toBe(PEOPLE.length);
    const status = await api<{ joinUrl: string; shortUrl: string }>('room.status', { auditId });
    joinUrl = status.joinUrl;
    expect(await console_.locator('.room-address').textContent()).toBe(status.shortUrl);

    const opened = facilitator.waitForEvent('page');
    await console_.getByRole('button', { name: 'Open the projector' }).click();
    projector = await opened;
    projector.on('pageerror', (error) => pageErrors.push(`projector: ${error.message}`));
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.getByRole('heading', { name: 'Join on your phone' }).waitFor();
  });

  it('lets six phones open the QR code’s address and claim their seats', async () => {
    for (const [person, name] of PEOPLE.entries()) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: AGENTS[person % AGENTS.length],
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`phone ${person + 1}: ${error.message}`));
      phones.push({ context, page });
      await page.goto(joinUrl);
      await page.getByRole('button', { name, exact: true }).tap();
      await expect.poll(() => page.locator('#item-text').textContent()).toBe(items[0]!.text);
    }
    await expect
      .poll(() => console_.locator('tbody tr .phone-state').allTextContents())
      .toEqual(PEOPLE.map(() => 'Connected'));
    // With every seat taken the projector leaves the join screen for the anonymous count.
    await expect
      .poll(() => projector.locator('.projector-done').textContent())
      .toBe(`0 of ${PEOPLE.length} done`);
  });

  it('scores everything in parallel, one phone losing the network midway and carrying on', async () => {
    const half = Math.floor(items.length / 2);
    await Promise.all(
      PEOPLE.map(async (_name, person) => {
        if (person !== FLAKY) {
          await score(person, 0, items.length);
          return;
        }
        await score(person, 0, half);
        await phones[person]!.context.setOffline(true);
        await score(person, half, half + 8);
        await phones[person]!.context.setOffline(false);
        await score(person, half + 8, items.length);
      }),
    );
    for (const person of PEOPLE.keys()) await allSaved(person);
    await expect.poll(() => console_.locator('.room-announcement').textContent()).toBe('Everyone is done.');
    await expect.poll(() => projector.locator('.projector-done').textContent()).toBe('Everyone is done');
    await phones[0]!.page.screenshot({ path: path.join(SCREENS, 'session-phone-done-390.png') });
    await projector.screenshot({ path: path.join(SCREENS, 'session-projector-done-1920.png') });
  });

  it('holds every answer exactly once, as tapped', async () => {
    const detail = await api<{
      participants: { id: string; name: string }[];
      responses: { participant: string; item: string; value: number | null }[];
    }>('audits.get', { id: auditId });
    expect(detail.responses).toHaveLength(PEOPLE.length * items.length);
    const seen = new Set(detail.responses.map((r) => `${r.participant}/${r.item}`));
    expect(seen.size).toBe(detail.responses.length);
    for (const [person, name] of PEOPLE.entries()) {
      const participant = detail.participants.find((p) => p.name === name)!;
      for (const [index, item] of items.entries()) {
        const response = detail.responses.find((r) => r.participant === participant.id && r.item === item.id);
        expect(response?.value, `${name}, ${item.id}`).toBe(choiceFor(person, index).value);
      }
    }
  });

  it('reveals from the console, records a consensus, and scores as pass-the-laptop would', async () => {
    await console_.getByRole('button', { name: 'Start the reveal' }).click();
    await console_.getByRole('heading', { name: 'The reveal has started' }).waitFor();
    await expect
      .poll(() => projector.locator('.projector-position').textContent(), { timeout: 15_000 })
      .toMatch(/^1 of \d+$/);
    await projector.screenshot({ path: path.join(SCREENS, 'session-projector-reveal-1920.png') });
    for (const { page } of phones) {
      await expect
        .poll(() => page.getByText(/look at the screen/i).count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
    }
    await api('consensus.set', { auditId, itemId: items[0]!.id, value: 2 });

    // The same answers entered on the laptop, one person after another.
    const twin = await api<{ id: string }>('audits.create', {
      organization: 'Nordlicht Logistik GmbH',
      title: 'Leadership offsite 2026',
      date: '2026-11-23',
    });
    await api('audits.update', { id: twin.id, anonymous: false });
    for (const [person, name] of PEOPLE.entries()) {
      const participant = await api<{ id: string }>('participants.add', { auditId: twin.id, name });
      for (const [index, item] of items.entries()) {
        await api('responses.save', {
          auditId: twin.id,
          participantId: participant.id,
          itemId: item.id,
          value: choiceFor(person, index).value,
        });
      }
    }
    await api('audits.startReveal', { id: twin.id });
    await api('consensus.set', { auditId: twin.id, itemId: items[0]!.id, value: 2 });

    const inRoom = await api<unknown>('audits.results', { id: auditId });
    const byLaptop = await api<unknown>('audits.results', { id: twin.id });
    const comparable = (results: unknown, id: string) => JSON.stringify(results).replaceAll(id, 'AUDIT');
    expect(comparable(inRoom, auditId)).toBe(comparable(byLaptop, twin.id));
  });

  it('had no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
