import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser as PlainBrowser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetail } from '../../shared/api/models.ts';
import type { RoomStatus } from '../../shared/api/methods/room.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import type { AuditResults } from '../../shared/scoring/results.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, type Browser } from '../fixtures/chromium.ts';
import { ROOM_HOST } from '../fixtures/room.ts';
import { axeScan, type Finding } from './page-checks.ts';
import { buildApp, ROOT, startWebProcess, type WebProcess } from './web-server.ts';

/*
 * A re-vote round on a phone, in Debian's Chromium against `npm run web` on a temp database:
 * Ben's phone (mobile emulation, 390×844, touch) answers round 1 by tapping, the reveal starts,
 * the facilitator opens round 2 on two items, the phone moves to it by itself and shows the
 * last round's counts and Ben's own last answer above the buttons, Ben answers, the projector
 * (1920×1080) counts the round, the round closes, the phone says thank you and goes back to the
 * locked screen, audits.results has the round figures and the convergence, and the projector
 * shows the item round by round. Screenshots go to .tmp/screens/.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens');
const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const [first, second] = instrumentSections(instrumentV1)[0]!.items;
const scale = instrumentSections(instrumentV1)[0]!.scale;
const REVOTED = [first!, second!];
const words = (value: number) => scale.labels[value - scale.min]!;
/** Round 1: the team splits on the first item (Ana 1, Ben 5, Caro 2); round 2 converges (2, 3, 2). */
const ROUND_1 = { ana: [1, 4], ben: [5, 4], caro: [2, 3] };
const ROUND_2 = { ana: [2, 4], ben: [3, 4], caro: [2, 4] };

let dir: string;
let web: WebProcess;
let desk: Browser;
let phoneBrowser: PlainBrowser;
let phone: Page;
let projector: Page;
let console_: Page;
let auditId = '';
const seat: Record<'ana' | 'ben' | 'caro', string> = { ana: '', ben: '', caro: '' };
const findings: Finding[] = [];
const pageErrors: string[] = [];

async function api<T>(method: string, input: unknown): Promise<T> {
  const token = new URL(web.url).searchParams.get('token')!;
  const response = await fetch(`${web.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: web.origin },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))).then(() => document.fonts.ready)',
  );
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage });
}

const question = () => phone.locator('#item-text');
const allSaved = () =>
  eventually(() => phone.locator('[data-connection]').getAttribute('data-connection')).toBe('saved');

/** Ben's answers in one round, as the laptop's database holds them (audits.get reads them back). */
async function bensAnswers(round: number): Promise<[string, number | null][]> {
  const detail = await api<AuditDetail>('audits.get', { id: auditId });
  const answers =
    round === 1
      ? detail.responses.filter((r) => r.participant === seat.ben)
      : detail.roundResponses.filter((r) => r.participant === seat.ben && r.round === round);
  return answers.map((r) => [r.item, r.value]);
}

beforeAll(async () => {
  buildApp();
  mkdirSync(SCREENS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'rc-rounds-e2e-'));
  web = await startWebProcess(path.join(dir, 'rounds.db'));
  auditId = (
    await api<{ id: string }>('audits.create', {
      organization: 'Nordlicht Logistik GmbH',
      title: 'Leadership offsite 2026',
      date: '2026-11-23',
    })
  ).id;
  await api('audits.update', { id: auditId, anonymous: false });
  for (const [key, name] of [
    ['ana', 'Ana Ruiz'],
    ['ben', 'Ben Okafor'],
    ['caro', 'Caro Lindqvist'],
  ] as const) {
    seat[key] = (await api<{ id: string }>('participants.add', { auditId, name })).id;
  }
  desk = await launchChromium(chromium, { width: 1366, height: 768 });
  phoneBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await phoneBrowser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: IPHONE_UA,
  });
  phone = await context.newPage();
  phone.on('pageerror', (error) => pageErrors.push(`phone: ${error.message}`));
}, 240_000);

afterAll(async () => {
  await phoneBrowser?.close();
  await desk?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a re-vote round on the phones (Chromium, mobile emulation and the projector)', () => {
  it('answers round 1 on the phone, and the reveal locks it', async () => {
    const status = await api<RoomStatus>('room.start', { auditId, host: ROOM_HOST });
    await phone.goto(status.joinUrl!);
    await phone.getByRole('button', { name: 'Ben Okafor' }).tap();
    for (const [n, item] of REVOTED.entries()) {
      await eventually(() => question().textContent()).toBe(item.text);
      await phone.getByRole('radio', { name: words(ROUND_1.ben[n]!), exact: true }).tap();
      await allSaved();
    }
    expect(await bensAnswers(1)).toEqual(REVOTED.map((item, n) => [item.id, ROUND_1.ben[n]]));
    for (const key of ['ana', 'caro'] as const) {
      for (const [n, item] of REVOTED.entries()) {
        await api('responses.save', {
          auditId,
          participantId: seat[key],
          itemId: item.id,
          value: ROUND_1[key][n],
        });
      }
    }
    await api('audits.startReveal', { id: auditId });
    await phone.getByRole('heading', { name: 'Answers are locked' }).waitFor({ timeout: 15_000 });
  });

  it('moves the phone to round 2 by itself, with the last round’s counts and Ben’s own last answer', async () => {
    const opened = await api<{ round: number }>('rounds.open', {
      auditId,
      itemIds: REVOTED.map((i) => i.id),
    });
    expect(opened.round).toBe(2);
    await eventually(() => question().textContent()).toBe(REVOTED[0]!.text);
    const last = phone.locator('.last-round');
    expect(await last.getByRole('heading').textContent()).toBe('Last round (the blind scoring)');
    expect(await last.locator('.last-own').textContent()).toBe(`Your last answer: ${words(5)}`);
    // Counts per answer, Not sure apart, never a name: 1, 2 and 5 once each.
    expect(await last.locator('.last-count').allTextContents()).toEqual(['1', '1', '0', '0', '1', '0']);
    expect(await last.getByRole('img').getAttribute('aria-label')).toBe(
      `3 answers: ${scale.labels.map((l, i) => `${l} ${[1, 1, 0, 0, 1][i]}`).join(', ')}, Not sure 0`,
    );
    expect(await phone.locator('.section-title').textContent()).toMatch(/round 2$/);
    // Nothing on the phone is checked for round 2 yet: it asks afresh.
    expect(await phone.locator('[role="radio"][aria-checked="true"]').count()).toBe(0);
    expect(await phone.locator('body').textContent()).not.toMatch(/Ana|Caro/);
    findings.push(...(await axeScan(phone, 'phone, round 2')));
    await shoot(phone, 'phone-round-390');
  });

  it('takes Ben’s round-2 answers, ticked only once the laptop holds them, and counts them on the projector', async () => {
    projector = await desk.context.newPage();
    projector.on('pageerror', (error) => pageErrors.push(`projector: ${error.message}`));
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(web.url);
    await projector.evaluate(`location.hash = '#/projector/${auditId}'`);
    await eventually(() => projector.locator('.projector-done').textContent()).toBe('Round 2: 0 of 3 done');

    for (const [n, item] of REVOTED.entries()) {
      await eventually(() => question().textContent()).toBe(item.text);
      await phone.getByRole('radio', { name: words(ROUND_2.ben[n]!), exact: true }).tap();
      await allSaved();
    }
    expect(await bensAnswers(2)).toEqual(REVOTED.map((item, n) => [item.id, ROUND_2.ben[n]]));
    // Round 1 stays as it was.
    expect(await bensAnswers(1)).toEqual(REVOTED.map((item, n) => [item.id, ROUND_1.ben[n]]));
    await phone.getByRole('heading', { name: 'All answered' }).waitFor();
    expect(await phone.locator('.overview .lead').textContent()).toMatch(/until round 2 closes/);
    await shoot(phone, 'phone-round-done-390');

    await eventually(() => projector.locator('.projector-done').textContent()).toBe('Round 2: 1 of 3 done');
    findings.push(...(await axeScan(projector, 'projector, round 2')));
    await shoot(projector, 'projector-round-1920');

    await api('rounds.saveResponse', {
      auditId,
      participantId: seat.ana,
      itemId: REVOTED[0]!.id,
      round: 2,
      value: ROUND_2.ana[0],
    });
    console_ = await desk.context.newPage();
    console_.on('pageerror', (error) => pageErrors.push(`console: ${error.message}`));
    await console_.goto(web.url);
    await console_.evaluate(`location.hash = '#/audits/${auditId}/scoring'`);
    await console_.getByRole('button', { name: 'Room: everyone on their phone' }).click();
    await eventually(() => console_.locator('#room-reveal-title').textContent()).toBe('Round 2: 1 of 3 done');
    expect(await console_.locator('tbody .seat-answered span').allTextContents()).toEqual([
      '1 of 2',
      'Done',
      '0 of 2',
    ]);
    findings.push(...(await axeScan(console_, 'console, round 2')));
    await shoot(console_, 'console-round-1366', true);

    for (const key of ['ana', 'caro'] as const) {
      for (const [n, item] of REVOTED.entries()) {
        await api('rounds.saveResponse', {
          auditId,
          participantId: seat[key],
          itemId: item.id,
          round: 2,
          value: ROUND_2[key][n],
        });
      }
    }
    await eventually(() => projector.locator('.projector-done').textContent()).toBe(
      'Round 2: everyone is done',
    );
    await eventually(() => console_.locator('.room-announcement').textContent()).toBe(
      'Everyone is done with round 2.',
    );
  });

  it('closes the round: the phone thanks Ben and goes back to the locked screen', async () => {
    await console_.getByRole('button', { name: 'Close round 2' }).click();
    await phone.getByRole('heading', { name: 'Thanks, the round is closed' }).waitFor({ timeout: 15_000 });
    findings.push(...(await axeScan(phone, 'phone, round closed')));
    await shoot(phone, 'phone-round-closed-390');
    await phone.getByRole('button', { name: 'OK' }).tap();
    await phone.getByRole('heading', { name: 'Answers are locked' }).waitFor();
    const detail = await api<AuditDetail>('audits.get', { id: auditId });
    expect(detail.rounds.map((r) => [r.round, r.closedAt !== null])).toEqual([[2, true]]);
  });

  it('shows the round figures and the convergence in audits.results, and the item round by round on the projector', async () => {
    const results = await api<AuditResults>('audits.results', { id: auditId });
    const split = results.items.find((i) => i.id === REVOTED[0]!.id)!;
    expect(split).toMatchObject({ finalRound: 2, converged: true, misaligned: false, n: 3 });
    expect(split.rounds?.map((r) => [r.round, r.n, r.misaligned, r.median])).toEqual([
      [1, 3, true, 2],
      [2, 3, false, 2],
    ]);
    expect(split.sdChange).toBeLessThan(0);
    await api('room.present', { auditId, itemId: REVOTED[0]!.id });
    await projector.getByText('Round 1 (blind)').waitFor({ timeout: 15_000 });
    expect(await projector.locator('.projector-round-title').allTextContents()).toEqual([
      'Round 1 (blind)Split',
      'Round 2',
    ]);
    expect(await projector.locator('.projector-converged').textContent()).toBe('The team converged');
    const stats = await projector.locator('.projector-round .projector-stats').allTextContents();
    expect(stats[0]).toContain(`mean ${split.rounds![0]!.mean!.toFixed(1)}`);
    expect(stats[1]).toContain(`mean ${split.rounds![1]!.mean!.toFixed(1)}`);
    findings.push(...(await axeScan(projector, 'projector, rounds')));
    await shoot(projector, 'projector-rounds-1920');
  });

  it('has no serious or critical accessibility problem on any screen, and no page error', () => {
    const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
