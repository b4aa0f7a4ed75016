import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import { axeScan, SCREENSHOT_DIR, screenshots, VIEWPORTS, type Finding } from './page-checks.ts';
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
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console error: ${message.text()}`);
  });
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
    await page.getByRole('button', { name: `I am ${PEOPLE[1].name}: start` }).click();
    await page.getByLabel(`Scoring for ${PEOPLE[1].name}`).waitFor();
    await radio(page, statementLabels[0]!).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await radio(page, 'Not sure').click();
    await expect.poll(() => radio(page, 'Not sure').getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: 'Next →' }).click();
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

    // Participant 3: agrees strongly on leadership-1 (so the team is split) and leaves two notes.
    await page.getByRole('button', { name: `I am ${PEOPLE[2].name}: start` }).click();
    await page.getByLabel(`Scoring for ${PEOPLE[2].name}`).waitFor();
    await radio(page, statementLabels[4]!).click();
    await page.getByRole('textbox', { name: /^Note/ }).fill(NOTES['leadership-1']);
    await page.keyboard.press('Tab'); // the note saves on blur
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(String(p1Value('leadership-2')));
    await page.getByRole('button', { name: /^Customer Listening/ }).click();
    await radio(page, statementLabels[p1Value('listening-1') - 1]!).click();
    await page.getByRole('textbox', { name: /^Note/ }).fill(NOTES['listening-1']);
    await page.keyboard.press('Tab');
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
    await step('Reveal and discuss').click();
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
    const results = await page.evaluate<{
      value: { items: { id: string; consensus: number; value: number }[] };
    }>(
      `fetch('/api/audits.results', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: ${JSON.stringify(auditId)} }) }).then((r) => r.json())`,
    );
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
    for (let i = 0; i < 2; i++) {
      const accept = page.getByRole('button', { name: /^Accept: / }).first();
      plan.accepted.push(((await accept.getAttribute('aria-label')) ?? '').replace(/^Accept: /, ''));
      await accept.click();
      await expect.poll(() => rows('.plan-table').count()).toBe(i + 1);
    }
    const firstRow = rows('.plan-table').first();
    await firstRow.getByRole('textbox', { name: /^Owner of / }).fill('Dana Whitfield');
    await page.keyboard.press('Tab');
    await firstRow.getByLabel(/^Due date of /).fill('2027-02-26');
    await page.keyboard.press('Tab');
    const form = page.getByRole('form', { name: 'Add your own action' });
    await form.getByLabel('Your own action').fill('Call ten lost customers personally');
    await form.getByLabel('Owner').fill(PEOPLE[0].name);
    await form.getByLabel('Due').fill('2027-01-15');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => rows('.plan-table').count()).toBe(3);
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
    shown.homeIndex = (await row.locator('td').nth(4).textContent()) ?? '';
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
