import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { instrumentSections } from '../../shared/instrument/sections.ts';
import { launchChromium, type Browser } from '../fixtures/chromium.ts';
import { axeScan, collectPageErrors, type Finding } from './page-checks.ts';
import {
  buildApp,
  callWeb,
  createWorkshopAudit,
  ROOT,
  startWebProcess,
  type WebProcess,
} from './web-server.ts';

/*
 * Re-vote rounds and role groups end to end, in Debian's Chromium against `npm run web` on a
 * temp database (issue 13): three role groups of three set up in the window, round 1 scored by
 * pass-the-laptop (the first person by keyboard in the window, the others over the API), the
 * reveal, "Re-vote these items" opening round 2 on the split statements, round 2 scored in the
 * round sheet by everyone from the keyboard (with a note), the round closed. Then the Results
 * view is read and the PDF made: every figure the view shows for the perception gap and the
 * rounds must be in the PDF, written the same, and the executive summary must name the largest
 * perception gap. Screenshots and the PDF's pages go to .tmp/screens/rounds-and-groups/.
 */

const SCREENS = path.join(ROOT, '.tmp', 'screens', 'rounds-and-groups');
const sections = instrumentSections(instrumentV1);
const items = sections.flatMap((s) => s.items.map((item) => ({ item, section: s })));
const textOf = (itemId: string) => items.find((i) => i.item.id === itemId)!.item.text;

const GROUPS = ['Executive team', 'Managers', 'Front line'] as const;
/** Three people a group, in group order. */
const PEOPLE = [
  'Zoë Łukasz',
  'Ben Okafor',
  'Amélie Durand',
  'Chen Wei',
  'Dara Ncube',
  'Emil Sørensen',
  'Fatima Haddad',
  'Gustav Berg',
  'Hana Kobayashi',
] as const;
/** The statements that split the team in round 1: half the room says 1, half says 5. */
const SPLIT = ['listening-1', 'metrics-1'] as const;
const NOTE = 'After the talk: we do call lost customers, but only the large ones.';

/**
 * Each person's round-1 answer. Leadership: the executive team 5, managers 4, the front line 3
 * (a perception gap of 50 points). Customer listening: the executive team a step above the
 * others (a gap at the 25-point boundary). The split statements 1 or 5 by turns. Everything else
 * the same for all; signs, commitment and targets one above their scale's floor.
 */
function roundOne(person: number, itemId: string): number {
  const { section } = items.find((i) => i.item.id === itemId)!;
  if (section.kind !== 'statement') return section.scale.min + 1;
  const group = Math.floor(person / 3);
  if ((SPLIT as readonly string[]).includes(itemId)) return person % 2 === 0 ? 1 : 5;
  if (itemId.startsWith('leadership-')) return [5, 4, 3][group]!;
  if (itemId.startsWith('listening-')) return group === 0 ? 4 : 3;
  return 3;
}

/** Round 2: the team comes together on listening-1 (3s, one 4) and stays split on metrics-1. */
function roundTwo(person: number, itemId: string): number {
  if (itemId === 'listening-1') return person === 0 ? 4 : 3;
  return person % 2 === 0 ? 1 : 5;
}

let dir: string;
let web: WebProcess;
let browser: Browser;
let page: Page;
let auditId = '';
let participantIds: string[] = [];
const findings: Finding[] = [];
const pageErrors: string[] = [];
/** What the Results view showed, read from the page. */
const shown = {
  sizes: [] as { name: string; size: string }[],
  dimensions: [] as { name: string; percents: string[]; gap: string }[],
  gaps: [] as { points: string; dimension: string; high: string; low: string }[],
  splits: [] as { statement: string; high: string; low: string; difference: string }[],
  rounds: [] as { statement: string; rows: string[][]; outcome: string; spread: string }[],
  convergence: '',
};
let pdfText = '';

const api = <T>(method: string, input: unknown): Promise<T> => callWeb<T>(web, method, input);
const step = (name: string) =>
  page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('link', { name });

async function shoot(name: string): Promise<void> {
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))).then(() => document.fonts.ready)',
  );
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/** Collapses white space, so a figure wrapped in a table cell still reads as one phrase. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  buildApp();
  rmSync(SCREENS, { recursive: true, force: true });
  mkdirSync(SCREENS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'rc-rounds-groups-'));
  web = await startWebProcess(path.join(dir, 'rounds.db'));
  ({ auditId, participantIds } = await createWorkshopAudit(web, PEOPLE));
  browser = await launchChromium(chromium, { width: 1366, height: 768 });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  collectPageErrors(page, pageErrors);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('re-vote rounds and role groups, from set-up to the PDF', () => {
  it('sets up three role groups in the window and puts three people in each', async () => {
    await page.goto(`${web.url}#/audits/${encodeURIComponent(auditId)}/setup`);
    await page.getByRole('button', { name: 'Add Executive team, Managers, Front line' }).click();
    await page.getByLabel('Name of group 3').waitFor();
    for (const [i] of PEOPLE.entries()) {
      await page.getByLabel(`Group of P${i + 1}`).selectOption({ label: GROUPS[Math.floor(i / 3)]! });
    }
    for (const group of GROUPS) {
      const row = page.locator('.group-list li', { has: page.locator(`input[value="${group}"]`) });
      await expect.poll(() => row.locator('.muted').first().textContent()).toBe('3 people');
    }
    const detail = await api<{ groups: { id: string; name: string }[]; participants: { group: string }[] }>(
      'audits.get',
      { id: auditId },
    );
    expect(detail.groups.map((g) => g.name)).toEqual([...GROUPS]);
    expect(detail.participants.map((p) => detail.groups.findIndex((g) => g.id === p.group))).toEqual([
      0, 0, 0, 1, 1, 1, 2, 2, 2,
    ]);
    findings.push(...(await axeScan(page, 'setup-groups')));
    await shoot('setup-groups');
  });

  it('scores round 1 by pass-the-laptop: the first person by keyboard, the others over the API', async () => {
    await page.getByRole('button', { name: 'Start blind scoring →' }).click();
    await page.getByRole('heading', { name: 'Blind scoring' }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^Score as ${PEOPLE[0]}`) }).click();
    await page.getByRole('button', { name: `I am ${PEOPLE[0]}: start` }).press('Enter');
    await page.getByLabel(`Scoring for ${PEOPLE[0]}`).waitFor();
    for (const { item } of items) await page.keyboard.press(String(roundOne(0, item.id)));
    await expect
      .poll(() => page.locator('.scorer').textContent())
      .toContain(`${items.length} of ${items.length} answered`);
    await expect.poll(() => page.locator('.save-indicator').textContent()).toBe('All answers saved');
    await page.keyboard.press('Enter'); // finishes on the last item, hands over
    await page.getByRole('dialog', { name: `Hand the laptop to ${PEOPLE[1]}` }).waitFor();
    for (let person = 1; person < PEOPLE.length; person++)
      for (const { item } of items)
        await api('responses.save', {
          auditId,
          participantId: participantIds[person],
          itemId: item.id,
          value: roundOne(person, item.id),
        });
    await page.reload();
    await page.getByRole('button', { name: 'Start the reveal', exact: true }).click();
    await page.waitForURL(/\/reveal$/);
  });

  it('opens round 2 on the split statements from the reveal', async () => {
    await page.getByRole('button', { name: 'Re-vote these items' }).click();
    await page.getByRole('heading', { name: 'Round 2: the statements to score again' }).waitFor();
    await shoot('revote-choose');
    for (const itemId of SPLIT)
      expect(await page.getByRole('checkbox', { name: textOf(itemId) }).isChecked()).toBe(true);
    // Only the split statements are offered ticked; the others wait under "Other statements".
    expect(
      await page
        .getByRole('list', { name: 'Statements that split the team' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual(SPLIT.map(textOf));
    expect(
      await page.getByRole('checkbox', { name: textOf('leadership-1'), includeHidden: true }).isChecked(),
    ).toBe(false);
    findings.push(...(await axeScan(page, 'revote-choose')));
    await page.getByRole('button', { name: 'Open round 2 on 2 statements' }).click();
    await page.getByRole('heading', { name: 'Re-vote round 2' }).waitFor();
  });

  it('scores round 2 in the round sheet, everyone from the keyboard, with a note', async () => {
    await page.getByRole('button', { name: new RegExp(`Score round 2 as\\s*${PEOPLE[0]}`) }).click();
    let order: string[] = [];
    for (const [person, name] of PEOPLE.entries()) {
      // Each hand-over puts focus on "I am …: start", so Enter starts.
      const start = page.getByRole('button', { name: `I am ${name}: start` });
      await start.waitFor();
      await expect.poll(() => start.evaluate((b) => b.matches(':focus'))).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: `Round 2: ${name}` }).waitFor();
      order = await page
        .locator('.round-item [id^="round-item-"]')
        .evaluateAll((els) => els.map((e) => e.id.replace('round-item-', '')));
      expect([...order].sort()).toEqual([...SPLIT].sort());
      // The person's own round-1 answer and the team's round-1 counts are on screen.
      const first = page.locator('.round-item').first();
      await expect
        .poll(() => first.textContent())
        .toContain(`Your last answer (round 1): ${roundOne(person, order[0]!)},`);
      await first.getByRole('img').first().waitFor();
      if (person === 0) {
        await page.keyboard.press('w');
        await page.keyboard.type(NOTE);
        await page.keyboard.press('Escape');
        await shoot('round-sheet');
        findings.push(...(await axeScan(page, 'round-sheet')));
      }
      for (const itemId of order) await page.keyboard.press(String(roundTwo(person, itemId)));
      const done = page.getByRole('button', { name: 'Done: hand the laptop on' });
      await expect.poll(() => done.evaluate((b) => b.matches(':focus'))).toBe(true);
      await expect
        .poll(() => page.locator('.round-item .scale-option[aria-checked="true"]').count())
        .toBe(order.length);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Re-vote round 2' }).waitFor();
    expect(await page.locator('.picker li').allTextContents()).toEqual(
      PEOPLE.map(() => expect.stringContaining('Done')),
    );
    const detail = await api<{
      roundResponses: { participant: string; item: string; value: number | null; note: string }[];
    }>('audits.get', { id: auditId });
    expect(detail.roundResponses).toHaveLength(PEOPLE.length * SPLIT.length);
    for (const r of detail.roundResponses)
      expect(r.value).toBe(roundTwo(participantIds.indexOf(r.participant), r.item));
    expect(detail.roundResponses.filter((r) => r.note).map((r) => [r.participant, r.item, r.note])).toEqual([
      [participantIds[0], order[0], NOTE],
    ]);
    await page.getByRole('button', { name: 'Back to the reveal' }).click();
    await page.getByRole('button', { name: 'Close round 2' }).click();
    await page.getByText(/1 re-vote round so far: 1 of 2 re-voted statements converged/).waitFor();
  });

  it('shows the perception gap and the rounds in Results', async () => {
    await step('Results').click();
    const gap = page.getByRole('region', { name: 'Perception gap' });
    await gap.locator('table.group-dimensions').waitFor();
    // The groups and their sizes, from the dot plot's legend: "Executive team (3)".
    shown.sizes = (await gap.locator('.legend .legend-entry').allTextContents()).map((t) => {
      const m = /^(.+) \((\d+)\)$/.exec(flat(t))!;
      return { name: m[1]!, size: m[2]! };
    });
    expect(shown.sizes).toEqual(GROUPS.map((name) => ({ name, size: '3' })));
    shown.dimensions = await gap.locator('table.group-dimensions tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({
        name: r.querySelector('th')!.textContent!.trim(),
        percents: [...r.querySelectorAll('td:not([aria-hidden]):not(.dot-gap-figure)')].map((c) =>
          c.textContent!.trim(),
        ),
        gap: r.querySelector('.dot-gap-figure')!.firstChild!.textContent!.trim(),
      })),
    );
    shown.gaps = await gap.locator('.gap-list li').evaluateAll((lis) =>
      lis.map((li) => {
        const text = li.textContent!.replace(/\s+/g, ' ').trim();
        const m = /^(\d+ points?) (.+?): (.+ \d+ %), (.+ \d+ %)$/.exec(text)!;
        return { points: m[1]!, dimension: m[2]!, high: m[3]!, low: m[4]! };
      }),
    );
    expect(shown.gaps.map((g) => [g.dimension, g.points])).toContainEqual([
      'Customer Leadership',
      '50 points',
    ]);
    shown.splits = await gap.locator('table.role-splits tbody tr').evaluateAll((rows) =>
      rows.map((r) => {
        const [high, low, difference] = [...r.querySelectorAll('td')].map((c) => c.textContent!.trim());
        return {
          statement: r.querySelector('th')!.textContent!.trim(),
          high: high!,
          low: low!,
          difference: difference!,
        };
      }),
    );
    expect(shown.splits.length).toBeGreaterThan(0);

    const rounds = page.getByRole('region', { name: 'Re-vote rounds' });
    shown.convergence = flat((await rounds.locator('p').first().textContent()) ?? '');
    expect(shown.convergence).toContain('2 statements scored again; 1 converged.');
    shown.rounds = await rounds.locator('.rounds-summary > li').evaluateAll((lis) =>
      lis.map((li) => ({
        statement: li.querySelector(':scope > p')!.textContent!.trim(),
        rows: [...li.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((c) => c.textContent!.trim()),
        ),
        outcome: li.querySelector('.badge')?.textContent?.trim() ?? '',
        spread: li.querySelector('.round-figures .muted')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      })),
    );
    expect(shown.rounds.map((r) => [r.statement, r.outcome])).toEqual(
      expect.arrayContaining([
        [textOf('listening-1'), 'Converged'],
        [textOf('metrics-1'), 'Still split'],
      ]),
    );
    expect(shown.rounds.every((r) => r.rows.length === 2)).toBe(true);
    findings.push(...(await axeScan(page, 'results-groups-rounds')));
    await gap.screenshot({ path: path.join(SCREENS, 'results-perception-gap.png') });
    await rounds.screenshot({ path: path.join(SCREENS, 'results-rounds.png') });
  });

  it('makes the PDF, whose perception gap and rounds read as the view does', async () => {
    await step('Report').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const pdf = path.join(dir, 'report.pdf');
    await download.saveAs(pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(run.error, 'pdftotext is missing: install poppler-utils').toBeUndefined();
    pdfText = flat(run.stdout);
    copyFileSync(pdf, path.join(SCREENS, 'report.pdf'));
    spawnSync('pdftoppm', ['-png', '-r', '80', pdf, path.join(SCREENS, 'pdf')]);
    expect(readdirSync(SCREENS).some((f) => f.startsWith('pdf'))).toBe(true);

    const chapter = (title: string, next: string) => {
      const from = pdfText.lastIndexOf(`${title} `); // the chapter's heading, not its contents entry
      expect(from, title).toBeGreaterThan(0);
      const to = pdfText.indexOf(` ${next} `, from + title.length);
      return pdfText.slice(from, to > from ? to : undefined);
    };
    const gapPages = chapter('Perception gap', 'Splits by role');
    const splitPages = chapter('Splits by role', 'Re-vote rounds');
    const roundPages = pdfText.slice(pdfText.lastIndexOf('Re-vote rounds '));

    // Each group with its size.
    for (const g of shown.sizes) expect(gapPages).toContain(`${g.name} ${g.size}`);
    // Each dimension with every shown group's percent, as the view writes them, and the gap.
    for (const d of shown.dimensions)
      expect(gapPages).toContain(`${d.name} ${d.percents.join(' ')} ${d.gap}`);
    // Each perception gap: its points and both groups' percents.
    for (const g of shown.gaps) {
      expect(gapPages).toContain(`${g.dimension}, ${g.high} against ${g.low}, ${g.points} apart`);
    }
    // Each split by role: the two groups' means and the difference, to one decimal.
    for (const s of shown.splits) {
      expect(s.high).toMatch(/ \d\.\d$/);
      expect(splitPages).toContain(`${s.high} ${s.low} ${s.difference}`);
    }
    // Each re-voted statement, round by round: answers, not sure, mean, sd, median, within 1.
    expect(roundPages).toContain('1 of the 2 re-voted statements that split the team in round 1 converged.');
    for (const r of shown.rounds) {
      const at = roundPages.indexOf(r.statement);
      expect(at, r.statement).toBeGreaterThan(0);
      const block = roundPages.slice(at, at + 600);
      for (const row of r.rows) {
        const [round, n, unsure, mean, sd, median, within] = row;
        expect(block).toContain(`Round ${round} ${n} ${unsure} ${mean} ${sd} ${median} ${within}`);
      }
      expect(block).toContain(r.outcome);
      const sds = /(\d\.\d\d) in round 1, (\d\.\d\d) in round 2/.exec(r.spread)!;
      expect(block).toContain(`sd ${sds[1]} to ${sds[2]}`);
    }

    // The executive summary names the largest perception gap, as the view shows it.
    const largest = [...shown.gaps].sort((a, b) => Number.parseInt(b.points) - Number.parseInt(a.points))[0]!;
    const summary = pdfText.slice(
      pdfText.lastIndexOf('Executive summary '),
      pdfText.lastIndexOf('Executive summary ') + 4000,
    );
    const [highName] = /^(.+) \d+ %$/.exec(largest.high)!.slice(1);
    const [lowName] = /^(.+) \d+ %$/.exec(largest.low)!.slice(1);
    expect(summary).toContain(
      `Perception gap: ${highName} and ${lowName} see ${largest.dimension} ${largest.points} apart`,
    );
  });

  it('met the accessibility rules and raised no page error', () => {
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
