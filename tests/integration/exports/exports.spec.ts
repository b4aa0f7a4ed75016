import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { storageLocation } from '../../../electron/core/db/location.ts';
import { closeStorage, openStorage } from '../../../electron/core/db/storage.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { exportAudit, FORMULA_NOTES } from '../../fixtures/export-audit.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { call, tempDir } from '../../fixtures/temp-storage.ts';
import {
  deckCharts,
  readCsv,
  readWorkbook,
  sheetRows,
  slideTexts,
  unzip,
  unzippedText,
} from './read-back.ts';

const file = exportAudit();
const NAMES = file.participants.map((p) => p.name);
let dir = '';
let db = '';
let id = '';
let results: AuditResults;

/** The files of one export, by format and anonymity, as `rca export` wrote them. */
const out = (format: string, anonymous: boolean) =>
  path.join(dir, `${anonymous ? 'anonymous' : 'named'}.${format === 'csv' ? 'tables' : format}`);

beforeAll(async () => {
  dir = tempDir('rc-exports-');
  db = path.join(dir, 'audits.db');
  const source = path.join(dir, 'audit.rca.json');
  writeFileSync(source, JSON.stringify(file));
  const imported = await runRca('import', source, '--db', db);
  expect(imported.code, imported.err).toBe(0);
  id = imported.out.trim();
  const scored = await runRca('score', '--db', db, '--audit', id, '--json');
  expect(scored.code, scored.err).toBe(0);
  results = JSON.parse(scored.out) as AuditResults;
  for (const format of ['csv', 'xlsx', 'pptx']) {
    for (const anonymous of [false, true]) {
      const made = await runRca(
        'export',
        id,
        '--format',
        format,
        anonymous ? '--anonymous' : '--named',
        '--out',
        out(format, anonymous),
        '--db',
        db,
      );
      expect(made.code, made.err).toBe(0);
    }
  }
}, 60_000);

/** The CSV folder read back: each table by its file name. */
function csvFolder(anonymous: boolean) {
  const folder = out('csv', anonymous);
  return new Map(readdirSync(folder).map((name) => [name, readCsv(readFileSync(path.join(folder, name)))]));
}

const column = (table: { header: string[]; rows: string[][] }, header: string) => {
  const i = table.header.indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return table.rows.map((r) => r[i] ?? '');
};

describe('the CSV tables', () => {
  it('are a folder of UTF-8 tables with a BOM: answers, items, dimensions, groups, splits, signs, actions, contacts', () => {
    const tables = csvFolder(false);
    expect([...tables.keys()].sort()).toEqual(
      ['actions', 'answers', 'contacts', 'dimensions', 'groups', 'items', 'signs', 'splits', 'summary']
        .map((n) => `${n}.csv`)
        .sort(),
    );
    for (const [name, table] of tables) expect(table.bom, name).toBe(true);
    // Accents survive as UTF-8.
    expect(column(tables.get('answers.csv')!, 'Participant')).toContain('Chloé Martin');
  });

  it('carry the answers in long form, with every round and every group', () => {
    const answers = csvFolder(false).get('answers.csv')!;
    expect(answers.header).toEqual([
      'Participant',
      'Code',
      'Role',
      'Group',
      'Item',
      'Ref',
      'Kind',
      'Dimension',
      'Round',
      'Final round',
      'Value',
      'Not sure',
      'Note',
    ]);
    expect(answers.rows).toHaveLength(file.responses.length);
    const rounds = column(answers, 'Round');
    expect(rounds.filter((r) => r === '2')).toHaveLength(file.responses.filter((r) => r.round === 2).length);
    expect(new Set(column(answers, 'Group'))).toEqual(
      new Set(['Executive team', 'Managers', 'Front line', '']),
    );
    // Ana's round-1 answer to leadership-1 no longer counts; her round-2 answer does.
    const ana = answers.rows.filter((r) => r[0] === 'Ana Souza' && r[4] === 'leadership-1');
    expect(ana.map((r) => [r[8], r[9], r[10]])).toEqual([
      ['1', 'FALSE', '5'],
      ['2', 'TRUE', '4'],
    ]);
  });

  it('match rca score --json: dimensions, items, index, completeness (unrounded)', () => {
    const tables = csvFolder(false);
    const dims = tables.get('dimensions.csv')!;
    expect(column(dims, 'Percent')).toEqual(
      results.dimensions.map((d) => (d.percent === null ? '' : String(d.percent))),
    );
    expect(column(dims, 'Coverage').map(Number)).toEqual(results.dimensions.map((d) => d.coverage));
    const summary = new Map(tables.get('summary.csv')!.rows.map((r) => [r[0], r[1]]));
    expect(Number(summary.get('Index'))).toBe(results.index);
    expect(summary.get('Level')).toBe(results.level);
    expect(Number(summary.get('Completeness'))).toBe(results.completeness);
    expect(summary.get('Provisional')).toBe(results.provisional ? 'TRUE' : 'FALSE');
    const items = tables.get('items.csv')!;
    const leadership1 = results.items.find((i) => i.id === 'leadership-1')!;
    const rows = items.rows.filter((r) => r[0] === 'leadership-1');
    expect(
      rows.map((r) => Number(r[column(items, 'Round').length ? items.header.indexOf('Mean') : 0])),
    ).toEqual(leadership1.rounds!.map((r) => r.mean));
    // A negative number (the SD change) stays a number, not escaped as a formula.
    const sdChange = column(items, 'SD change').filter((v) => v !== '');
    expect(sdChange).toEqual([String(leadership1.sdChange)]);
    expect(Number(sdChange[0])).toBeLessThan(0);
    const groups = tables.get('groups.csv')!;
    const exec = results.groups.find((g) => g.id === 'exec')!;
    expect(exec.suppressed).toBe(false);
    if (!exec.suppressed) {
      expect(groups.rows.filter((r) => r[0] === 'Executive team').map((r) => r[5])).toEqual(
        exec.dimensions.map((d) => (d.percent === null ? '' : String(d.percent))),
      );
    }
    expect(tables.get('splits.csv')!.rows).toHaveLength(results.roleSplits.length);
  });

  it('neutralise formulas in notes, the plan and the contacts', () => {
    const tables = csvFolder(false);
    const notes = column(tables.get('answers.csv')!, 'Note');
    for (const formula of FORMULA_NOTES) expect(notes).toContain(`'${formula}`);
    for (const cell of [...tables.values()].flatMap((t) => t.rows.flat())) {
      // Only numbers may start with a minus; no text cell starts with a formula character.
      if (/^-\d+(\.\d+)?(e-?\d+)?$/.test(cell)) continue;
      expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    }
    const actions = tables.get('actions.csv')!;
    expect(column(actions, 'Title')[0]).toBe(`'=HYPERLINK("http://example.invalid","open")`);
    expect(column(actions, 'Owner')[1]).toBe(`'@Ben Okafor`);
    expect(column(actions, 'Success measure')[1]).toBe(`'+10 % retention`);
    expect(column(actions, 'Due').slice(0, 2)).toEqual(['2027-01-31', '2027-02-15']);
    const contacts = tables.get('contacts.csv')!;
    expect(column(contacts, 'Contact')[0]).toBe(`'+Globex (Hana Ito's account)`);
    expect(column(contacts, 'Note')).toEqual([`'@cmd /c calc`, `'\rCR first, Kim Lund`]);
    expect(column(contacts, 'Gap')).toEqual(results.contacts.map((c) => String(c.gap)));
  });
});

describe('the Excel workbook', () => {
  it('has a summary sheet and the same tables as sheets, header rows frozen, columns sized', async () => {
    const book = await readWorkbook(readFileSync(out('xlsx', false)));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Answers',
      'Item statistics',
      'Dimensions',
      'Groups',
      'Role splits',
      'Failure signs',
      'Actions',
      'Contacts',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThan(5);
    }
    const summary = new Map(sheetRows(book.getWorksheet('Summary')!).map((r) => [r[0], r[1]]));
    expect(summary.get('Organisation')).toBe('Acme Corp');
    expect(summary.get('Audit')).toBe(file.audit.title);
    expect(summary.get('Date')).toEqual(new Date('2026-12-07T00:00:00Z'));
    expect(summary.get('Level')).toBe(results.level);
    expect(summary.get('Index')).toBe(results.index);
    expect(summary.get('Completeness')).toBe(results.completeness);
    expect(summary.get('Provisional')).toBe(results.provisional);
  });

  it('types its cells: numbers as numbers (matching rca score --json), booleans, dates, text never a formula', async () => {
    const book = await readWorkbook(readFileSync(out('xlsx', false)));
    const dims = sheetRows(book.getWorksheet('Dimensions')!);
    expect(dims.slice(1).map((r) => r[4] ?? null)).toEqual(results.dimensions.map((d) => d.percent));
    expect(dims.slice(1).map((r) => r[7])).toEqual(results.dimensions.map((d) => d.insufficient));
    const answers = sheetRows(book.getWorksheet('Answers')!);
    expect(answers.length - 1).toBe(file.responses.length);
    expect(new Set(answers.slice(1).map((r) => typeof r[10]))).toEqual(new Set(['number']));
    expect(answers.slice(1).filter((r) => r[8] === 2)).toHaveLength(
      file.responses.filter((r) => r.round === 2).length,
    );
    const notes = answers.slice(1).map((r) => r[12]);
    // Typed text: shown as written, never a formula (exceljs reads a formula as an object). XML
    // reads a carriage return as a line end, so "\rCR first" comes back as "\nCR first".
    for (const formula of FORMULA_NOTES) expect(notes).toContain(formula.replace(/\r/g, '\n'));
    const actions = sheetRows(book.getWorksheet('Actions')!);
    expect(actions[1]?.[2]).toBe('=HYPERLINK("http://example.invalid","open")');
    expect(actions[1]?.[4]).toEqual(new Date('2027-01-31T00:00:00Z'));
    const sheet = book.getWorksheet('Item statistics')!;
    const items = sheetRows(sheet);
    const header = items[0] as string[];
    const sd = header.indexOf('SD change');
    const leadership1 = results.items.find((i) => i.id === 'leadership-1')!;
    expect(items.filter((r) => r[0] === 'leadership-1').map((r) => r[sd] ?? null)).toEqual([
      null,
      leadership1.sdChange,
    ]);
    const contacts = sheetRows(book.getWorksheet('Contacts')!);
    expect(contacts.slice(1).map((r) => r[4])).toEqual(results.contacts.map((c) => c.gap));
  });
});

describe('the PowerPoint deck', () => {
  it('has the title, level and index, dimensions, splits, perception gap and plan slides', () => {
    const files = unzip(readFileSync(out('pptx', false)));
    const slides = slideTexts(files);
    expect(slides[0]).toContain(file.audit.title);
    expect(slides[0]).toContain('Acme Corp');
    expect(slides[1]).toContain(results.level!);
    expect(slides[1]).toContain(`Index ${Math.round(results.index!)} out of 100`);
    expect(slides[2]).toContain('Dimensions');
    expect(slides[3]).toContain('How the role groups see it');
    expect(slides[4]).toContain('Perception gap');
    expect(results.perceptionGaps.some((g) => g.flagged)).toBe(true);
    expect(slides[5]).toContain('The plan');
    // The plan with its owners; the action nobody owns is flagged.
    expect(slides[5]).toContain('Ana Souza');
    expect(slides[5]).toContain('No owner');
    expect(slides).toHaveLength(6);
  });

  it('draws native charts whose values are the scores of rca score --json', () => {
    const charts = deckCharts(unzip(readFileSync(out('pptx', false))));
    expect(charts.length).toBe(2);
    const [dims, groups] = charts;
    const shown = results.dimensions.filter((d) => d.percent !== null && !d.insufficient);
    expect(dims!.type).toBe('bar');
    expect(dims!.series[0]!.categories).toEqual(shown.map((d) => d.name).reverse());
    expect(dims!.series[0]!.values).toEqual(shown.map((d) => d.percent).reverse());
    const visible = results.groups.filter((g) => !g.suppressed);
    expect(groups!.series.map((s) => s.name).sort()).toEqual(visible.map((g) => g.name).sort());
    for (const g of visible) {
      if (g.suppressed) continue;
      const series = groups!.series.find((s) => s.name === g.name)!;
      series.categories.forEach((name, i) => {
        const dimension = results.dimensions.find((d) => d.name === name)!;
        expect(series.values[i]).toBeCloseTo(g.dimensions.find((d) => d.id === dimension.id)!.percent!, 9);
      });
    }
  });
});

/** Every way a participant could be named: the full name and each part of it of four letters or more. */
function nameParts(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, ...n.split(/\s+/).filter((part) => part.length >= 4)]))];
}

function wholeWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('an anonymous export', () => {
  it('names no participant in any byte of any file, unzipped, in every format', () => {
    // The named exports do carry the names (so the search below can find them).
    const namedTexts = [
      ...readdirSync(out('csv', false)).map((n) => readFileSync(path.join(out('csv', false), n), 'utf8')),
      unzippedText(readFileSync(out('xlsx', false))),
      unzippedText(readFileSync(out('pptx', false))),
    ].join('\n');
    expect(namedTexts).toContain('Ben Okafor says the board never sees complaints');
    const texts = {
      csv: readdirSync(out('csv', true))
        .map((n) => readFileSync(path.join(out('csv', true), n), 'utf8'))
        .join('\n'),
      xlsx: unzippedText(readFileSync(out('xlsx', true))),
      pptx: unzippedText(readFileSync(out('pptx', true))),
    };
    for (const [format, text] of Object.entries(texts)) {
      for (const part of nameParts(NAMES)) expect(wholeWord(text, part), `${format}: ${part}`).toBe(false);
      // The notes are kept, with codes for names.
      expect(text, format).not.toContain('Okafor');
    }
    expect(texts.csv).toContain('P2 says the board never sees complaints; P3 agrees.');
    expect(texts.xlsx).toContain('P2 says the board never sees complaints; P3 agrees.');
    // The plan's owners are shown by code in the deck, as in the report.
    expect(texts.pptx).toMatch(/>P1</);
  });

  it('uses the same codes and replacements as the anonymous report', async () => {
    const storage = await openStorage(storageLocation({ databasePath: db }));
    try {
      const preview = await call(storage, 'report.preview', { id, anonymous: true });
      const answers = csvFolder(true).get('answers.csv')!;
      expect(new Set(column(answers, 'Participant (code)'))).toEqual(
        new Set(file.participants.map((_, i) => `P${i + 1}`)),
      );
      expect(new Set(column(answers, 'Role'))).toEqual(new Set(['']));
      const text = readdirSync(out('csv', true))
        .map((n) => readFileSync(path.join(out('csv', true), n), 'utf8'))
        .join('\n');
      expect(preview.replacements.length).toBeGreaterThan(0);
      // Each name the report replaces is replaced here by the same code, the words after it kept.
      for (const r of preview.replacements)
        expect(text, r.where).toContain(`${r.code}${r.after.slice(0, 5)}`);
    } finally {
      closeStorage(storage);
    }
  });
});

describe('the window’s exports (exports.csv, exports.xlsx, exports.pptx)', () => {
  it('make one file each: the CSV tables as one zip of the folder, the workbook, the deck', async () => {
    const storage = await openStorage(storageLocation({ databasePath: db }));
    try {
      const zip = await call(storage, 'exports.csv', { id, anonymous: true });
      expect(zip.fileName).toBe('acme-corp-pre-work-and-offsite-three-groups-2026-12-07-tables.zip');
      expect(zip.mediaType).toBe('application/zip');
      const entries = unzip(zip.content);
      const folder = zip.fileName.replace(/\.zip$/, '');
      for (const name of readdirSync(out('csv', true))) {
        const entry = Buffer.from(entries.get(`${folder}/${name}`)!);
        expect(entry.equals(readFileSync(path.join(out('csv', true), name))), name).toBe(true);
      }
      // Without a choice, the audit's own setting (anonymous by default).
      const workbook = await call(storage, 'exports.xlsx', { id });
      expect(workbook.details).toEqual({ anonymous: true });
      expect(workbook.fileName).toMatch(/-results\.xlsx$/);
      expect(unzippedText(workbook.content)).not.toContain('Okafor');
      const deck = await call(storage, 'exports.pptx', { id, anonymous: false });
      expect(deck.fileName).toMatch(/-results\.pptx$/);
      expect(slideTexts(unzip(deck.content))[5]).toContain('Ana Souza');
    } finally {
      closeStorage(storage);
    }
  });
});

describe('rca export --format', () => {
  it('refuses an unknown format, a file or a non-empty folder in the way, and an unknown audit, writing nothing', async () => {
    const bad = await runRca('export', id, '--format', 'docx', '--out', path.join(dir, 'x.docx'), '--db', db);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('unknown format "docx"');
    expect(existsSync(path.join(dir, 'x.docx'))).toBe(false);

    const full = path.join(dir, 'full');
    mkdirSync(full);
    writeFileSync(path.join(full, 'keep.txt'), 'mine');
    const refused = await runRca('export', id, '--format', 'csv', '--out', full, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('the folder is not empty');
    expect(readdirSync(full)).toEqual(['keep.txt']);

    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    expect((await runRca('export', id, '--format', 'csv', '--out', empty, '--db', db)).code).toBe(0);
    expect(readdirSync(empty)).toContain('answers.csv');

    const missing = await runRca(
      'export',
      '00000000-0000-4000-8000-000000000000',
      '--format',
      'xlsx',
      '--out',
      path.join(dir, 'no.xlsx'),
      '--db',
      db,
    );
    expect(missing.code).toBe(1);
    expect(existsSync(path.join(dir, 'no.xlsx'))).toBe(false);

    const both = await runRca(
      'export',
      id,
      '--format',
      'xlsx',
      '--anonymous',
      '--named',
      '--out',
      path.join(dir, 'b.xlsx'),
      '--db',
      db,
    );
    expect(both.code).toBe(2);
    // Leftovers of a partial write: none.
    expect(readdirSync(dir).filter((n) => n.includes('partial'))).toEqual([]);
  });
});
