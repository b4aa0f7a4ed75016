import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { renderDeck } from '../../../electron/core/exports/deck.ts';
import { tableCsv } from '../../../electron/core/exports/csv.ts';
import { exportTables } from '../../../electron/core/exports/tables.ts';
import { renderWorkbook } from '../../../electron/core/exports/xlsx.ts';
import { anonymousInput } from '../../../electron/core/report/model/anonymous.ts';
import {
  insufficientAudit,
  longTextAudit,
  onePersonAudit,
  twelveTeamAudit,
  UNICODE_NAMES,
  unicodeAudit,
} from '../../fixtures/report-audits.ts';
import { deckCharts, readWorkbook, sheetRows, slideTexts, unzip, unzippedText } from './read-back.ts';

const inputOf = (file: AuditFile) => ({
  file,
  instrument: instrumentV1,
  results: scoreAudit(instrumentV1, answersOf(file)),
});

describe('the exports of audits of every shape', () => {
  it('a deck without groups or an index: title, level, dimensions and plan only, each slide well formed', async () => {
    for (const file of [onePersonAudit(), insufficientAudit()]) {
      const input = inputOf(file);
      const slides = slideTexts(unzip(await renderDeck(input, false)));
      expect(slides).toHaveLength(4);
      expect(slides.map((s) => /Readiness level|Dimensions|The plan/.exec(s)?.[0] ?? 'title')).toEqual([
        'title',
        'Readiness level',
        'Dimensions',
        'The plan',
      ]);
      if (input.results.index === null) expect(slides[1]).toContain('No index');
    }
  });

  it('a long plan continues over several slides, every action listed once', async () => {
    const file = twelveTeamAudit();
    file.actions = Array.from({ length: 19 }, (_, i) => ({
      title: `Action number ${i + 1}`,
      owner: i % 4 === 0 ? '' : 'Head of Service',
      status: 'open' as const,
      source: `custom-${i}`,
    }));
    const slides = slideTexts(unzip(await renderDeck(inputOf(file), false)));
    const plan = slides.filter((s) => s.includes('The plan'));
    expect(plan.map((s) => /The plan \(\d of \d\)/.exec(s)?.[0])).toEqual([
      'The plan (1 of 3)',
      'The plan (2 of 3)',
      'The plan (3 of 3)',
    ]);
    for (let i = 1; i <= 19; i++) {
      expect(
        plan.filter((s) => new RegExp(`Action number ${i}(?!\\d)`).test(s)),
        String(i),
      ).toHaveLength(1);
    }
    expect(plan.join(' ').match(/No owner/g)).toHaveLength(5);
  });

  it('an anonymous deck and workbook name nobody, in any script', async () => {
    const file = unicodeAudit();
    const input = anonymousInput(inputOf(file));
    const text =
      unzippedText(await renderDeck(input, true)) +
      unzippedText(await renderWorkbook(exportTables(input, true)));
    // As in the report's test: full names and parts of four letters or more, outside the
    // audit's own title ("Zoë’s team"), which, as in the report, is never rewritten.
    const title = file.audit.title;
    const withoutTitle = [title, title.replace(/&/g, '&amp;')].reduce(
      (t, shown) => t.split(shown).join(''),
      text,
    );
    expect(withoutTitle.length).toBeLessThan(text.length);
    for (const name of UNICODE_NAMES) {
      for (const part of [name, ...name.split(/\s+/).filter((p) => p.length >= 4)]) {
        expect(withoutTitle, part).not.toContain(part);
      }
    }
    expect(text).not.toContain('山田');
  });

  it('long texts stay whole: the workbook and the CSV keep every character of a long note', async () => {
    const file = longTextAudit();
    const tables = exportTables(inputOf(file), false);
    const longest = file.responses.map((r) => r.note ?? '').sort((a, b) => b.length - a.length)[0]!;
    expect(longest.length).toBeGreaterThan(500);
    const answers = tables.tables.find((t) => t.id === 'answers')!;
    expect(tableCsv(answers)).toContain(longest.replace(/"/g, '""'));
    const book = await readWorkbook(await renderWorkbook(tables));
    const notes = sheetRows(book.getWorksheet('Answers')!).map((r) => r[12]);
    expect(notes).toContain(longest.replace(/\r/g, '\n'));
  });

  it('the dimensions chart of the twelve-person team is its results, in order', async () => {
    const input = inputOf(twelveTeamAudit());
    const [chart] = deckCharts(unzip(await renderDeck(input, false)));
    const shown = input.results.dimensions.filter((d) => d.percent !== null && !d.insufficient);
    expect(chart!.series[0]!.values).toEqual(shown.map((d) => d.percent).reverse());
  });
});
