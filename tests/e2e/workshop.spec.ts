import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import {
  axeScan,
  collectPageErrors,
  SCREENSHOT_DIR,
  screenshots,
  VIEWPORTS,
  type Finding,
} from './page-checks.ts';
import { ScoringModel, type Expected } from './scoring-model.ts';
import { buildApp, ROOT, startWebProcess, type WebProcess } from './web-server.ts';

/*
 * A whole workshop in Debian's Chromium against `npm run web` on a temp database: three
 * participants (one scoring by keyboard only, one answering Not sure, one adding notes), the
 * reveal with a discussion note and a consensus, two priority contacts, the results, the action
 * plan and the PDF. Then the database and the PDF are read back. Every view is scanned with
 * axe-core and photographed at 1366×768 and 1920×1080 into artifacts/screenshots/.
 */

const sections = instrumentSections(instrumentV1);
const TOTAL = sections.reduce((sum, s) => sum + s.items.length, 0);
const statementLabels = sections[0]!.scale.labels;
const textOf = (itemId: string) => sections.flatMap((s) => s.items).find((i) => i.id === itemId)!.text;

const PEOPLE = [
  { name: 'Zoë Łukasz', role: 'Chief Executive' },
  { name: 'Ben Okafor', role: 'Sales Director' },
  { name: 'Amélie 山田', role: 'Head of Service' },
] as const;
const DISCUSSION = 'Two of us meet customers monthly; Ben has not been asked to since the reorganisation.';
const NOTES = {
  'leadership-1': 'We say it, we do not live it — no one on the board met a customer this quarter.',
  'listening-1': 'Surveys only; nobody calls the customers we lose. Ça suffit.',
} as const;
const CONTACTS = [
  { name: 'Billing dispute call', category: 'rescue', importance: 5, performance: 2 },
  { name: 'Contract renewal meeting', category: 'revenue', importance: 4, performance: 3 },
] as const;

/** The spotlight reveal: what is recorded on the second item it shows (see its test below). */
const SPOTLIGHT = {
  note: 'Regions keep their own customer lists; one owner for all of them by March.',
  item: '',
  consensus: 0,
};

let dir: string;
let web: WebProcess;
let browser: Browser;
let page: Page;
let buildMs = 0;
const findings: Finding[] = [];
const pageErrors: string[] = [];
/** Per participant name: item id → the answer given in the window. */
const given = new Map<string, Map<string, Expected>>();
const shown = { level: '', index: '', homeLevel: '', homeIndex: '' };
const plan = { accepted: [] as string[], pdf: '', pagesShown: '' };
let auditId = '';

async function check(view: string): Promise<void> {
  findings.push(...(await axeScan(page, view)));
  await screenshots(page, view);
}

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(name: RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string>(
      "(document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').trim()",
    );
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

const focusedText = () => page.evaluate<string>("(document.activeElement?.textContent || '').trim()");
const allSaved = () =>
  expect.poll(() => page.locator('.save-indicator').textContent()).toBe('All answers saved');
const step = (name: string) =>
  page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name });
const rows = (table: string) => page.locator(`${table} tbody tr`);
const radio = (scope: Page | Locator, name: string) => scope.getByRole('radio', { name, exact: true });

beforeAll(async () => {
  buildMs = buildApp();
  dir = mkdtempSync(path.join(tmpdir(), 'rc-e2e-'));
  web = await startWebProcess(path.join(dir, 'e2e.db'));
  browser = await launchChromium(chromium, { width: 1366, height: 768 });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  collectPageErrors(page, pageErrors);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`e2e: npm run build took ${(buildMs / 1000).toFixed(1)} s`);
});

describe('a full workshop in Chromium over the loopback binding', () => {
  it('sets up an audit with three participants', async () => {
    await page.goto(web.url);
    await page.getByText('No audits yet.').waitFor();
    // The page took the token: it is no longer in the address bar (nor, replaced, in the history).
    expect(page.url()).toBe(`${web.origin}/`);
    await check('home-empty');

    await page.getByRole('button', { name: 'New audit' }).click();
    await page.getByLabel('Organization').fill('Nordlicht Logistik GmbH');
    await page.getByLabel('Audit title').fill('Leadership offsite 2026');
    await page.getByLabel('Facilitator').fill('Maria Keller');
    await check('home-new-audit');
    await page.getByRole('button', { name: 'Create and set up' }).click();
    await page.waitForURL(/#\/audits\/[^/]+\/setup$/);
    auditId = decodeURIComponent(/#\/audits\/([^/]+)\//.exec(page.url())![1]!);

    const form = page.getByRole('form', { name: 'Add a participant' });
    for (const [i, person] of PEOPLE.entries()) {
      await form.getByLabel('Name').fill(person.name);
      await form.getByLabel('Role').fill(person.role);
      await form.getByRole('button', { name: 'Add participant' }).click();
      await expect.poll(() => page.locator('.participant-list > li').count()).toBe(i + 1);
    }
    await expect
      .poll(() => page.locator('.participant-list .code').allTextContents())
      .toEqual(['P1', 'P2', 'P3']);
    await check('setup');
  });

  it('scores participant 1 with the keyboard only, through every section', async () => {
    const model = new ScoringModel(sections);
    given.set(PEOPLE[0].name, model.answers);
    await page.getByRole('button', { name: 'Start blind scoring →' }).click();
    await page.getByRole('heading', { name: 'Blind scoring' }).waitFor();
    await check('scoring-picker');

    // From here on, participant 1 uses nothing but the keyboard.
    await tabTo(new RegExp(`^Score as ${PEOPLE[0].name} ${PEOPLE[0].role} 0 of ${TOTAL} answered$`));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: `Hand the laptop to ${PEOPLE[0].name}` }).waitFor();
    expect(await focusedText()).toBe(`I am ${PEOPLE[0].name}: start`);
    await check('privacy-screen');
    await page.keyboard.press('Enter');
    await page.getByLabel(`Scoring for ${PEOPLE[0].name}`).waitFor();

    const press = async (...keys: string[]) => {
      for (const key of keys) {
        await page.keyboard.press(key);
        model.press(key);
      }
    };
    // Leadership: an answer, a key off the scale, Not sure, back with the arrows to change an answer.
    await press('5', '9', '4', 'n', 'ArrowLeft', 'ArrowUp');
    await expect.poll(() => radio(page, 'Agree').getAttribute('aria-checked')).toBe('true');
    await check('scoring-sheet');
    await press('3', 'ArrowDown');
    const pattern = [4, 3, 4, 2, 3, 5, 4];
    const statements = sections.filter((s) => s.kind === 'statement').flatMap((s) => s.items);
    for (let i = 3; i < statements.length; i++) {
      expect(model.current).toBe(statements[i]!.id);
      await press(String(pattern[i % pattern.length]));
    }
    // Failure signs 0–3 (5 is off the scale), the commitment check and the targets 0–2.
    expect(model.current).toBe('sign-destination');
    await press('5', '1', '2', '0', '3', '1', '2', '1', '0');
    expect(model.current).toBe('commit-clarity');
    await press('2', '1', 'N', '2', '0', '1', '2', '2', '1');
    expect(model.current).toBe('target-assets');
    await press('1', '0', '2', '1');
    expect(model.isLast).toBe(true);
    await expect.poll(() => page.locator('.scorer').textContent()).toContain(`${TOTAL} of ${TOTAL} answered`);
    await allSaved();

    await page.emulateMedia({ colorScheme: 'dark' });
    await check('scoring-sheet-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('F5');
    await page.locator('html.presentation').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.scorer strong').textContent()).toBe('P1');
    await check('scoring-sheet-presentation');
    await page.keyboard.press('F5');
    await page.locator('html:not(.presentation)').waitFor({ state: 'attached' });

    // Enter on the last item finishes and hands the laptop to the next person.
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: `Hand the laptop to ${PEOPLE[1].name}` }).waitFor();
    expect(model.answers.size).toBe(TOTAL);
    expect([...model.answers.values()].filter((a) => a.value === null)).toHaveLength(2);
  });

  it('scores participant 2 with Not sure answers and participant 3 with notes', async () => {
    const p1 = given.get(PEOPLE[0].name)!;
    const p1Value = (itemId: string) => p1.get(itemId)!.value!;

    // Participant 2: clicks and keys, three Not sure answers, and disagrees on leadership-1.
    // A click answers and moves on, as a key does.
    await page.getByRole('button', { name: `I am ${PEOPLE[1].name}: start` }).click();
    await page.getByLabel(`Scoring for ${PEOPLE[1].name}`).waitFor();
    await radio(page, statementLabels[0]!).click();
    await radio(page, 'Not sure').click();
    await page.keyboard.press('n');
    await page.keyboard.press(String(p1Value('leadership-4')));
    await page.keyboard.press(String(p1Value('leadership-5')));
    await page.getByRole('button', { name: /^Metrics/ }).click();
    await page.keyboard.press('N');
    await expect.poll(() => page.locator('.scorer').textContent()).toContain(`6 of ${TOTAL} answered`);
    given.set(
      PEOPLE[1].name,
      new Map<string, Expected>([
        ['leadership-1', { value: 1, note: '' }],
        ['leadership-2', { value: null, note: '' }],
        ['leadership-3', { value: null, note: '' }],
        ['leadership-4', { value: p1Value('leadership-4'), note: '' }],
        ['leadership-5', { value: p1Value('leadership-5'), note: '' }],
        ['metrics-1', { value: null, note: '' }],
      ]),
    );
    await page.getByRole('button', { name: 'Finish and hand over' }).click();
    await page
      .getByRole('alertdialog', { name: `You have not answered ${TOTAL - 6} of ${TOTAL} items` })
      .waitFor();
    await page.getByRole('button', { name: 'Finish anyway' }).click();

    // Participant 3: agrees strongly on leadership-1 (so the team is split) and leaves two notes,
    // each written first and saved with the answer.
    await page.getByRole('button', { name: `I am ${PEOPLE[2].name}: start` }).click();
    await page.getByLabel(`Scoring for ${PEOPLE[2].name}`).waitFor();
    await page.getByRole('textbox', { name: /^Note/ }).fill(NOTES['leadership-1']);
    await radio(page, statementLabels[4]!).click();
    await page.keyboard.press(String(p1Value('leadership-2')));
    await page.getByRole('button', { name: /^Customer Listening/ }).click();
    await page.getByRole('textbox', { name: /^Note/ }).fill(NOTES['listening-1']);
    await radio(page, statementLabels[p1Value('listening-1') - 1]!).click();
    await expect.poll(() => page.locator('.scorer').textContent()).toContain(`3 of ${TOTAL} answered`);
    given.set(
      PEOPLE[2].name,
      new Map<string, Expected>([
        ['leadership-1', { value: 5, note: NOTES['leadership-1'] }],
        ['leadership-2', { value: p1Value('leadership-2'), note: '' }],
        ['listening-1', { value: p1Value('listening-1'), note: NOTES['listening-1'] }],
      ]),
    );
    await allSaved();
    await page.getByRole('button', { name: 'Finish and hand over' }).click();
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await page.getByRole('button', { name: 'Back to the list of participants' }).click();
    await expect
      .poll(() => page.locator('.picker li').allTextContents())
      .toEqual([
        expect.stringContaining('Done'),
        expect.stringContaining(`6 of ${TOTAL}`),
        expect.stringContaining(`3 of ${TOTAL}`),
      ]);
  });

  it('reveals the split first, records the discussion and a consensus', async () => {
    // Blind until the facilitator starts the reveal, early here, after a confirmation.
    expect(await step('Reveal and discuss').count()).toBe(0);
    await page.getByRole('button', { name: 'Start the reveal early…' }).click();
    await page.getByRole('button', { name: 'Start the reveal', exact: true }).click();
    await page.waitForURL(/\/reveal$/);
    const first = page.locator('.reveal-list > li').first();
    await first.waitFor();
    await expect
      .poll(() => page.locator('.reveal > p.muted').first().textContent())
      .toContain('1 statement splits the team; they come first.');
    expect(await first.getAttribute('class')).toContain('misaligned');
    expect(await first.textContent()).toContain(textOf('leadership-1'));
    expect(await first.textContent()).toContain('Team is split');
    await first.getByLabel('Discussion notes').fill(DISCUSSION);
    await page.keyboard.press('Tab'); // saves on blur
    await first.getByLabel('Consensus').selectOption('4');
    await expect.poll(() => first.getByLabel('Consensus').inputValue()).toBe('4');
    await expect.poll(() => first.getByLabel('Discussion notes').inputValue()).toBe(DISCUSSION);
    await check('reveal');
  });

  it('presents the reveal in the spotlight: keys, a consensus and a note typed just before a reload', async () => {
    const itemOf = (text: string | null) =>
      sections.flatMap((s) => s.items).find((i) => text?.endsWith(i.text))!.id;
    const overviewOrder = await page
      .locator('.reveal-list > li .reveal-text > p:nth-of-type(2)')
      .allTextContents();
    expect(overviewOrder).toHaveLength(TOTAL);
    const dialog = page.getByRole('dialog', { name: 'Spotlight' });
    const where = () => dialog.locator('.spotlight-position').textContent();
    const shown = () => dialog.locator('.spotlight-statement').textContent();

    await page.getByRole('button', { name: 'Start the spotlight' }).click();
    await dialog.waitFor();
    await expect.poll(where).toBe(`1 of ${TOTAL}`);
    // The split first, with its note from scoring (anonymous) and what the overview recorded.
    expect(await shown()).toBe(textOf('leadership-1'));
    expect(await dialog.textContent()).toContain(NOTES['leadership-1']);
    expect(await dialog.getByRole('combobox', { name: /^Consensus/ }).inputValue()).toBe('4');
    expect(await dialog.getByRole('textbox', { name: /^Discussion notes/ }).inputValue()).toBe(DISCUSSION);
    for (const person of PEOPLE) expect(await dialog.textContent()).not.toContain(person.name);

    // Steps by keys, in the overview's order.
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['Space', 3],
      ['Shift+Space', 2],
      ['End', TOTAL],
      ['ArrowRight', TOTAL],
      ['Home', 1],
      ['ArrowLeft', 1],
      ['ArrowDown', 2],
    ];
    for (const [key, at] of steps) {
      await page.keyboard.press(key);
      await expect.poll(where).toBe(`${at} of ${TOTAL}`);
      expect(await shown()).toBe(overviewOrder[at - 1]);
    }

    // A consensus and a note on the second item, typed, then the page reloaded at once.
    SPOTLIGHT.item = itemOf(await shown());
    const scale = sections.find((s) => s.items.some((i) => i.id === SPOTLIGHT.item))!.scale;
    SPOTLIGHT.consensus = scale.min + 1;
    await dialog.getByRole('combobox', { name: /^Consensus/ }).selectOption(String(SPOTLIGHT.consensus));
    await dialog.getByRole('textbox', { name: /^Discussion notes/ }).click();
    await page.keyboard.type(SPOTLIGHT.note);
    expect(await where()).toBe(`2 of ${TOTAL}`); // Space typed in the note, it did not move on
    await page.reload();

    const entry = page.locator('.reveal-list > li', { hasText: textOf(SPOTLIGHT.item) });
    await entry.waitFor();
    await expect
      .poll(() => entry.getByRole('textbox', { name: /^Discussion notes/ }).inputValue())
      .toBe(SPOTLIGHT.note);
    expect(await entry.getByRole('combobox', { name: /^Consensus/ }).inputValue()).toBe(
      String(SPOTLIGHT.consensus),
    );
    const db = new Database(path.join(dir, 'e2e.db'), { readonly: true, fileMustExist: true });
    try {
      expect(
        db
          .prepare('SELECT note FROM discussion_notes WHERE audit_id = ? AND item_id = ?')
          .get(auditId, SPOTLIGHT.item),
      ).toEqual({ note: SPOTLIGHT.note });
      expect(
        db
          .prepare('SELECT value FROM consensus WHERE audit_id = ? AND item_id = ?')
          .get(auditId, SPOTLIGHT.item),
      ).toEqual({ value: SPOTLIGHT.consensus });
    } finally {
      db.close();
    }
    // The results count the consensus as the item's team value.
    const results = (await (
      await fetch(`${web.origin}/api/audits.results`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${new URL(web.url).searchParams.get('token')}`,
        },
        body: JSON.stringify({ id: auditId }),
      })
    ).json()) as { value: { items: { id: string; consensus: number; value: number }[] } };
    expect(results.value.items.find((i) => i.id === SPOTLIGHT.item)).toMatchObject({
      consensus: SPOTLIGHT.consensus,
      value: SPOTLIGHT.consensus,
    });

    // Back in at that item; Escape returns to it in the overview.
    await entry.getByRole('button', { name: 'Show in spotlight' }).click();
    await expect.poll(where).toBe(`2 of ${TOTAL}`);
    expect(await dialog.getByRole('textbox', { name: /^Discussion notes/ }).inputValue()).toBe(
      SPOTLIGHT.note,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedText()).toBe('Show in spotlight');
    expect(await page.evaluate('document.activeElement.closest("li").textContent')).toContain(
      textOf(SPOTLIGHT.item),
    );
  });

  it('shows the spotlight readably on a projector: 1920 and 1366, presentation, light and dark', async () => {
    const dialog = page.getByRole('dialog', { name: 'Spotlight' });
    for (const look of [
      { name: 'spotlight', scheme: 'light', presentation: false },
      { name: 'spotlight-dark', scheme: 'dark', presentation: false },
      { name: 'spotlight-presentation', scheme: 'light', presentation: true },
      { name: 'spotlight-presentation-dark', scheme: 'dark', presentation: true },
    ] as const) {
      await page.emulateMedia({ colorScheme: look.scheme });
      await page.getByRole('button', { name: 'Start the spotlight' }).click();
      await dialog.waitFor();
      if (look.presentation) {
        await page.keyboard.press('F5'); // presentation mode from inside the spotlight
        await page.locator('html.presentation').waitFor({ state: 'attached' });
        // A projector never shows names (tests/unit/renderer/reveal.spec.tsx covers a team that shows them).
        for (const person of PEOPLE) expect(await dialog.textContent()).not.toContain(person.name);
      }
      findings.push(...(await axeScan(page, look.name)));
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const viewport of [...VIEWPORTS].reverse()) {
        await page.setViewportSize(viewport);
        await page.evaluate(
          'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
        );
        // The item fits the screen: nothing of it needs scrolling.
        const stage = await dialog
          .locator('.spotlight')
          .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
        expect(stage.scroll, `${look.name} at ${viewport.width}`).toBeLessThanOrEqual(stage.client);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${look.name}-${viewport.width}.png`) });
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // The overview behind it, in the same look (the light one is photographed above).
      if (look.name !== 'spotlight') await check(look.name.replace('spotlight', 'reveal'));
      if (look.presentation) {
        await page.keyboard.press('F5');
        await page.locator('html:not(.presentation)').waitFor({ state: 'attached' });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('lists two priority contacts, one with a gap of 2 or more', async () => {
    await step('Priority contacts').click();
    await page.getByText('No contacts yet.').waitFor();
    const form = page.getByRole('form', { name: 'Add a contact' });
    for (const [i, contact] of CONTACTS.entries()) {
      await form.getByLabel('Contact').fill(contact.name);
      await form.getByLabel('Category').selectOption(contact.category);
      await form.getByLabel('Importance').selectOption(String(contact.importance));
      await form.getByLabel('Performance').selectOption(String(contact.performance));
      await form.getByRole('button', { name: 'Add contact' }).click();
      await expect.poll(() => rows('.contact-table').count()).toBe(i + 1);
    }
    await expect.poll(() => page.locator('tr.priority-gap').count()).toBe(1);
    expect(await page.locator('tr.priority-gap').textContent()).toContain('Priority gap #1');
    await check('contacts');
  });

  it('shows the level and index, in light, dark and presentation mode', async () => {
    await step('Results').click();
    const headline = page.locator('.headline');
    await headline.locator('.index').waitFor();
    shown.level = (await headline.locator('.level').textContent()) ?? '';
    shown.index =
      /Readiness index (\d+) %/.exec((await headline.locator('.index').textContent()) ?? '')?.[1] ?? '';
    expect(shown.level).toMatch(/^(Not ready|Emerging|Building|Ready)$/);
    expect(shown.index).toMatch(/^\d+$/);
    // Two of the three did not finish: the level is provisional, and they are named.
    expect(await headline.locator('.badge-provisional').textContent()).toBe('Provisional');
    expect(await headline.locator('.provisional-note').textContent()).toContain(
      `Not finished: ${PEOPLE[1].name}, ${PEOPLE[2].name}.`,
    );
    expect(await page.locator('.heatmap thead').textContent()).toBe('StatementP1P2P3');
    expect(await page.locator('section[aria-labelledby="gaps-title"]').textContent()).toContain(
      'Billing dispute call',
    );
    await check('results');
    await page.emulateMedia({ colorScheme: 'dark' });
    await check('results-dark');
    await page.getByRole('button', { name: 'Presentation' }).click();
    await page.locator('html.presentation').waitFor({ state: 'attached' });
    findings.push(...(await axeScan(page, 'results-presentation-dark')));
    await page.emulateMedia({ colorScheme: 'light' });
    await check('results-presentation');
    await page.getByRole('button', { name: 'Presentation' }).click();
    await page.locator('html:not(.presentation)').waitFor({ state: 'attached' });
  });

  it('accepts two recommendations, edits one, and adds a custom action', async () => {
    await step('Action plan').click();
    await page.getByText('The plan is empty.', { exact: false }).waitFor();
    findings.push(...(await axeScan(page, 'actions-empty')));
    const planItems = page.locator('.plan-list > li');
    for (let i = 0; i < 2; i++) {
      const recommendation = page.locator('.recommendations > li').first();
      const accept = recommendation.getByRole('button', { name: /^Accept: / });
      plan.accepted.push(((await accept.getAttribute('aria-label')) ?? '').replace(/^Accept: /, ''));
      const role = /suggested owner: (.+)$/.exec(
        (await recommendation.locator('.muted').textContent()) ?? '',
      )?.[1];
      await accept.click();
      await expect.poll(() => planItems.count()).toBe(i + 1);
      // Accepting fills in the suggested owner, for the team to replace with a name.
      expect(
        await planItems
          .nth(i)
          .getByRole('combobox', { name: /^Owner of / })
          .inputValue(),
      ).toBe(role);
    }
    const firstRow = planItems.first();
    await firstRow.getByRole('combobox', { name: /^Owner of / }).fill('Dana Whitfield');
    await page.keyboard.press('Tab');
    await firstRow.getByLabel(/^Due date of /).fill('2027-02-26');
    await page.keyboard.press('Tab');
    await planItems
      .nth(1)
      .getByRole('combobox', { name: /^Owner of / })
      .fill('');
    await page.keyboard.press('Tab');
    const form = page.getByRole('form', { name: 'Add your own action' });
    await form.getByLabel('Your own action').fill('Call ten lost customers personally');
    // The participants are offered as owners.
    expect(
      await page
        .locator('datalist#owner-choices option')
        .evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
    ).toEqual(expect.arrayContaining(PEOPLE.map((p) => p.name)));
    await form.getByLabel('Owner').fill(PEOPLE[0].name);
    await form.getByLabel('Due').fill('2027-01-15');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => planItems.count()).toBe(3);
    await expect
      .poll(() => page.locator('.action-plan .warning').textContent())
      .toContain('1 action has no owner');
    await check('actions');
  });

  it('exports the PDF report as a download', async () => {
    await step('Report').click();
    await page.getByRole('button', { name: 'Export PDF' }).waitFor();
    await check('report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    plan.pdf = path.join(dir, download.suggestedFilename());
    await download.saveAs(plan.pdf);
    const notice = page.getByRole('status').filter({ hasText: 'Downloaded' });
    await notice.waitFor();
    plan.pagesShown = /\((\d+) pages\)/.exec((await notice.textContent()) ?? '')?.[1] ?? '';
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
    copyFileSync(plan.pdf, path.join(ROOT, 'artifacts', 'e2e-report.pdf'));
    await screenshots(page, 'report-exported');
  });

  it('lists the audit on the home view with the same level and index', async () => {
    await page.getByRole('link', { name: '← All audits' }).click();
    const row = rows('.audit-list').first();
    // The home view shows its last list at once and then reloads it; wait for the fresh one.
    await row.locator('.level', { hasText: shown.level }).waitFor({ timeout: 10_000 });
    shown.homeLevel = (await row.locator('.level').textContent()) ?? '';
    shown.homeIndex = (await row.locator('td.readiness').textContent()) ?? '';
    expect(shown.homeLevel).toBe(shown.level);
    expect(shown.homeIndex).toContain(`${shown.index} %`);
    await check('home');
  });

  it('saved exactly the answers, consensus, discussion, contacts and actions given', () => {
    const db = new Database(path.join(dir, 'e2e.db'), { readonly: true, fileMustExist: true });
    try {
      const participants = db
        .prepare('SELECT id, name, role, code FROM participants WHERE audit_id = ? ORDER BY position')
        .all(auditId) as { id: string; name: string; role: string; code: string }[];
      expect(participants.map((p) => [p.name, p.role, p.code])).toEqual(
        PEOPLE.map((p, i) => [p.name, p.role, `P${i + 1}`]),
      );
      const nameOf = new Map(participants.map((p) => [p.id, p.name]));
      type Row = { participant: string; item: string; value: number | null; note: string };
      const key = (r: Row) => `${r.participant}/${r.item}`;
      const saved = (
        db
          .prepare('SELECT participant_id, item_id, value, note FROM responses WHERE audit_id = ?')
          .all(auditId) as { participant_id: string; item_id: string; value: number | null; note: string }[]
      )
        .map((r) => ({
          participant: nameOf.get(r.participant_id)!,
          item: r.item_id,
          value: r.value,
          note: r.note,
        }))
        .sort((a, b) => key(a).localeCompare(key(b)));
      const expected: Row[] = [...given]
        .flatMap(([participant, answers]) => [...answers].map(([item, a]) => ({ participant, item, ...a })))
        .sort((a, b) => key(a).localeCompare(key(b)));
      expect(saved).toHaveLength(TOTAL + 6 + 3);
      expect(saved).toEqual(expected);
      expect(saved.filter((r) => r.value === null)).toHaveLength(5);

      expect(db.prepare('SELECT item_id, value FROM consensus WHERE audit_id = ?').all(auditId)).toEqual([
        { item_id: 'leadership-1', value: 4 },
        { item_id: SPOTLIGHT.item, value: SPOTLIGHT.consensus },
      ]);
      expect(
        db.prepare('SELECT item_id, note FROM discussion_notes WHERE audit_id = ?').all(auditId),
      ).toEqual([
        { item_id: 'leadership-1', note: DISCUSSION },
        { item_id: SPOTLIGHT.item, note: SPOTLIGHT.note },
      ]);
      expect(
        db
          .prepare(
            'SELECT name, category, importance, performance FROM contacts WHERE audit_id = ? ORDER BY position',
          )
          .all(auditId),
      ).toEqual(CONTACTS.map((c) => ({ ...c })));
      const actions = db
        .prepare(
          'SELECT title, owner, due_date, status, source FROM actions WHERE audit_id = ? ORDER BY position',
        )
        .all(auditId) as { title: string; owner: string; due_date: string; status: string; source: string }[];
      expect(actions.map((a) => a.title)).toEqual([...plan.accepted, 'Call ten lost customers personally']);
      expect(actions[0]).toMatchObject({ owner: 'Dana Whitfield', due_date: '2027-02-26', status: 'open' });
      expect(actions[1]).toMatchObject({ owner: '', status: 'open' });
      expect(actions[2]).toMatchObject({ owner: PEOPLE[0].name, due_date: '2027-01-15', source: 'custom' });
      expect(actions.slice(0, 2).every((a) => a.source !== 'custom')).toBe(true);
    } finally {
      db.close();
    }
  });

  it('wrote a PDF whose level and index are the ones the results view showed', () => {
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', plan.pdf, '-'], { encoding: 'utf8' });
    expect(run.error, 'pdftotext is missing: install poppler-utils').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const pages = run.stdout.split('\f').filter((p) => p.trim() !== '');
    expect(String(pages.length)).toBe(plan.pagesShown);
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain(`Readiness index: ${shown.index} %`);
    expect(text).toContain(shown.level);
    expect(text).toContain('Nordlicht Logistik GmbH');
    expect(text).toContain('Billing dispute call');
    expect(text).toContain('Dana Whitfield');
  });

  it('gave no credential to another server on this computer during the whole session', async () => {
    const token = new URL(web.url).searchParams.get('token') ?? '';
    const seen: string[] = [];
    const other = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}\n${JSON.stringify(request.headers)}`);
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><title>Another local app</title>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const port = (other.address() as AddressInfo).port;
      // Cookies ignore ports: had the page set one, this browser would send it here.
      await page.goto(`http://127.0.0.1:${port}/somewhere`);
      await page.evaluate(() => fetch('/probe', { credentials: 'include' }).then((r) => r.text()));
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen.filter((request) => request.includes(token))).toEqual([]);
      expect(seen.filter((request) => /cookie|authorization/i.test(request))).toEqual([]);
      // Back in the app, nothing in the history holds the token, and the tab is still signed in.
      await page.goBack();
      expect(page.url()).not.toContain(token);
      await page.reload();
      await rows('.audit-list').first().waitFor({ timeout: 10_000 });
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('has no serious or critical accessibility violations in any view', () => {
    const minor = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
    for (const f of minor)
      console.log(`axe (${f.impact}) on ${f.view}: ${f.id}: ${f.help}\n  ${f.nodes.join('\n  ')}`);
    expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/*
 * The scoring keys where the consultant lost them: after a click on an answer, after Shift+Tab
 * back from the note, on a button that became disabled, in the compact list; focus never on the
 * page's body. Then presentation mode through a reload, and the plan on a projector.
 */
describe('scoring never loses a keystroke (Chromium)', () => {
  let keysAuditId = '';
  const keyFindings: Finding[] = [];
  const look = async (view: string) => {
    keyFindings.push(...(await axeScan(page, view)));
    await screenshots(page, view);
  };
  const bodyHasFocus = () =>
    page.evaluate<boolean>('document.activeElement === document.body || document.activeElement === null');
  const answered = () => page.locator('.scorer .muted').textContent();
  const savedFor = (id: string) => {
    const db = new Database(path.join(dir, 'e2e.db'), { readonly: true, fileMustExist: true });
    try {
      return Object.fromEntries(
        (
          db
            .prepare('SELECT item_id, value, note FROM responses WHERE audit_id = ? ORDER BY rowid')
            .all(id) as { item_id: string; value: number | null; note: string }[]
        ).map((r) => [r.item_id, r.note ? [r.value, r.note] : r.value]),
      );
    } finally {
      db.close();
    }
  };
  const leadership = sections[0]!.items.map((i) => i.id);

  it('sets up a second audit with two participants and starts scoring', async () => {
    await page.goto(web.url); // on its own, should the workshop above have stopped early
    await page.getByRole('heading', { name: 'Audits' }).waitFor();
    await page.getByRole('button', { name: 'New audit' }).click();
    await page.getByLabel('Organization').fill('Nordlicht Logistik GmbH');
    await page.getByLabel('Audit title').fill('Keyboard check');
    await page.getByRole('button', { name: 'Create and set up' }).click();
    await page.waitForURL(/#\/audits\/[^/]+\/setup$/);
    keysAuditId = decodeURIComponent(/#\/audits\/([^/]+)\//.exec(page.url())![1]!);
    const form = page.getByRole('form', { name: 'Add a participant' });
    for (const [i, name] of ['Ines Duarte', 'Tomasz Wiśniewski'].entries()) {
      await form.getByLabel('Name').fill(name);
      await form.getByRole('button', { name: 'Add participant' }).click();
      await expect.poll(() => page.locator('.participant-list > li').count()).toBe(i + 1);
    }
    await page.getByRole('button', { name: 'Start blind scoring →' }).click();
    // During blind scoring the steps that show answers are not links.
    for (const name of ['Reveal and discuss', 'Results', 'Action plan', 'Report'])
      expect(await step(name).count()).toBe(0);
    await page.getByRole('button', { name: /^Score as Ines Duarte/ }).click();
    await page.getByRole('button', { name: 'I am Ines Duarte: start' }).click();
    await page.getByLabel('Scoring for Ines Duarte').waitFor();
  });

  it('after a click on an answer, ten keys answer ten items and focus stays on the sheet', async () => {
    await radio(page, 'Agree').click();
    expect(await bodyHasFocus()).toBe(false);
    for (const key of ['2', '3', '4', '5', '1', '2', '3', '4', '5', '1']) {
      await page.keyboard.press(key);
      expect(await bodyHasFocus()).toBe(false);
    }
    await allSaved();
    expect(await answered()).toContain(`11 of ${TOTAL} answered`);
    const saved = savedFor(keysAuditId);
    expect(leadership.map((id) => saved[id])).toEqual([4, 2, 3, 4, 5, 1, 2].slice(0, leadership.length));
    await screenshots(page, 'scoring-keys-after-click');
  });

  it('after Shift+Tab back from the note, a key answers the item on screen and the next keys go on', async () => {
    await page.getByRole('button', { name: /^Customer Listening/ }).click();
    await page.keyboard.press('w'); // one key to the note
    const note = page.getByRole('textbox', { name: /^Note/ });
    expect(await note.evaluate((n) => n === n.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('Surveys only');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('role')")).toBe('radio');
    await page.keyboard.press('2'); // answers listening-1, with its note, and moves on
    await page.keyboard.press('3');
    await page.keyboard.press('w');
    await page.keyboard.type('Nobody calls lost customers');
    await page.keyboard.press('Escape');
    expect(await bodyHasFocus()).toBe(false);
    await page.keyboard.press('4');
    await allSaved();
    expect(savedFor(keysAuditId)).toMatchObject({
      'listening-1': [2, 'Surveys only'],
      'listening-2': 3,
      'listening-3': [4, 'Nobody calls lost customers'],
    });
    await look('scoring-sheet-note');
  });

  it('keeps the keys after Previous becomes disabled under the pointer', async () => {
    await page.getByRole('button', { name: /^Customer Leadership/ }).click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: '← Previous' }).click(); // now at the first item: disabled
    expect(await page.getByRole('button', { name: '← Previous' }).isDisabled()).toBe(true);
    expect(await bodyHasFocus()).toBe(false);
    await page.keyboard.press('1');
    await allSaved();
    expect(savedFor(keysAuditId)[leadership[0]!]).toBe(1);
  });

  it('answers the current row in the compact list, with words on the buttons, and never wraps', async () => {
    await page.getByRole('button', { name: 'Compact list' }).click();
    const firstRow = page.locator('.compact-list > li').first();
    expect(await firstRow.getByRole('radio').first().textContent()).toBe('1Strongly disagree');
    await page.getByRole('button', { name: /^Failure signs/ }).click();
    await page.locator('.compact-list > li').first().click();
    await page.keyboard.press('2');
    await page.keyboard.press('0');
    await expect.poll(() => page.locator('.compact-list > li.current').count()).toBe(1);
    expect(await page.locator('.compact-list > li').nth(2).getAttribute('aria-current')).toBe('true');
    await allSaved();
    expect(savedFor(keysAuditId)).toMatchObject({ 'sign-destination': 2, 'sign-commitment': 0 });
    await look('scoring-compact-list');
    await page.getByRole('button', { name: /^Accountability targets/ }).click();
    expect(await page.getByRole('button', { name: 'Next →' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    const warning = page.getByRole('alertdialog', { name: /^You have not answered \d+ of \d+ items$/ });
    await warning.waitFor();
    expect(await page.locator('#section-title').textContent()).toBe('Accountability targets');
    await look('scoring-skipped-warning');
    await page.getByRole('button', { name: 'Go back to the first skipped item' }).click();
    const saved = savedFor(keysAuditId);
    const firstSkipped = sections.find((s) => s.items.some((i) => !(i.id in saved)))!;
    expect(await page.locator('#section-title').textContent()).toBe(firstSkipped.title);
    await expect.poll(() => page.locator('.compact-list > li.current [aria-checked="true"]').count()).toBe(0);
    expect(await bodyHasFocus()).toBe(false);
    await page.getByRole('button', { name: 'One at a time' }).click();
  });

  it('keeps presentation mode through a reload, and tells the next person how to find their code', async () => {
    await page.keyboard.press('F5');
    await page.locator('html.presentation').waitFor({ state: 'attached' });
    await look('scoring-sheet-presentation-keys');
    await page.reload();
    await page.locator('html.presentation').waitFor({ state: 'attached' });
    // A reload returns to the list of participants, by code only.
    await page.getByRole('button', { name: /^Score as P2/ }).click();
    const privacy = page.getByRole('dialog', { name: 'Hand the laptop to P2' });
    expect(await privacy.textContent()).toContain('P2 is a participant’s code');
    expect(await page.locator('body').textContent()).not.toContain('Tomasz');
    await look('privacy-screen-presentation');
    await page.getByRole('button', { name: 'Back to the list of participants' }).click();
    await look('scoring-picker-presentation');
  });

  it('shows the action plan readably on a projector: whole titles, no narrow columns', async () => {
    await page.evaluate(
      `location.hash = ${JSON.stringify(`#/audits/${encodeURIComponent(auditId)}/actions`)}`,
    );
    await page.locator('.plan-list > li').first().waitFor();
    expect(await page.evaluate<boolean>("document.documentElement.classList.contains('presentation')")).toBe(
      true,
    );
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      const titles = await page
        .locator('.plan-title')
        .evaluateAll((t) => t.map((x) => ({ scroll: x.scrollHeight, client: x.clientHeight })));
      for (const t of titles) expect(t.scroll).toBeLessThanOrEqual(t.client + 1);
      const widths = await page
        .locator('.plan-fields input:not([type="date"])')
        .evaluateAll((i) => i.map((x) => x.getBoundingClientRect().width));
      for (const w of widths) expect(w).toBeGreaterThan(200);
    }
    await look('actions-presentation');
    await page.keyboard.press('F5');
    await page.locator('html:not(.presentation)').waitFor({ state: 'attached' });
    // On the home list, the blind audit shows how far scoring has got, and no level.
    await page.getByRole('link', { name: '← All audits' }).click();
    const blind = page.locator('.audit-list tbody tr', { hasText: 'Keyboard check' });
    await blind.locator('.level', { hasText: 'Blind scoring' }).waitFor();
    expect(await blind.textContent()).toMatch(/Blind scoring\d+ % answered/);
    await look('home-blind-and-revealed');
  });

  it('has no serious or critical accessibility violations in these views, and no errors in the page', () => {
    expect(keyFindings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
