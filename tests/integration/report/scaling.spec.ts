import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findFontDir } from '../../../electron/core/report/fonts/font-files.ts';
import { fontSetFor } from '../../../electron/core/report/fonts/font-set.ts';
import { createTextEngine } from '../../../electron/core/report/layout/text/engine.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import type { ReportInput } from '../../../electron/core/report/types.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { bigAuditJson } from '../../fixtures/big-audit.ts';

/*
 * The report's work grows with the audit, not with its square: counted in operations
 * (reads of the answers, characters shaped), never timed. `npm run bench` times it.
 */

/** A report input whose answers count every time one of them is read. */
function countedInput(participants: number): { input: ReportInput; reads: () => number } {
  const result = validateAuditFile(bigAuditJson(participants));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const file = result.file;
  const results = scoreAudit(instrumentV1, answersOf(file));
  let reads = 0;
  const responses = new Proxy(file.responses, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { input: { file: { ...file, responses }, instrument: instrumentV1, results }, reads: () => reads };
}

describe('the cost of a report as the audit grows', () => {
  it('reads each answer a few times, whatever the number of items or people', async () => {
    for (const participants of [6, 24]) {
      const { input, reads } = countedInput(participants);
      await renderReport(input, { anonymous: false, includeAppendix: true, deterministic: true });
      // A few passes (final rounds, the facts, the counts); one pass per item read each answer 66 times.
      expect(reads() / input.file.responses.length).toBeLessThanOrEqual(6);
    }
  });

  it('keeps a finished page in one block of bytes, not one small buffer per drawing operation', async () => {
    const { input } = countedInput(40);
    let previous: object | null = null;
    let cover: object | null = null;
    const finished: number[] = [];
    /** The chunks pdfkit holds for a page's content stream until the document ends (an internal detail). */
    const chunks = (page: object) => (page as { content: { buffer: unknown[] } }).content.buffer.length;
    await renderReport(
      input,
      { anonymous: false, includeAppendix: true, deterministic: true },
      {
        line: (page) => {
          if (page === previous) return;
          cover ??= page;
          // The cover gets its contents list drawn last, once every page is known.
          if (previous && previous !== cover) finished.push(chunks(previous));
          previous = page;
        },
      },
    );
    // Pages come back for their footers, which add a few operations.
    expect(finished.length).toBeGreaterThan(20);
    expect(Math.max(...finished)).toBeLessThanOrEqual(40);
  });

  it('shapes each character of a very long word a bounded number of times', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const engine = createTextEngine(doc, fontSetFor(doc, findFontDir()));
    doc.addPage();
    const shaped: number[] = [];
    const widthOfString = doc.widthOfString.bind(doc);
    doc.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions) => {
      shaped.push(text.length);
      return widthOfString(text, options);
    };
    // 20,000 characters with no space: accented letters written as letter plus combining mark.
    const word = 'e\u0301'.repeat(10_000);
    const block = engine.layout(word, { size: 9 }, 400);
    expect(block.lines.length).toBeGreaterThan(20);
    const total = shaped.reduce((a, b) => a + b, 0);
    expect(Math.max(...shaped)).toBeLessThanOrEqual(1_000);
    expect(total).toBeLessThanOrEqual(3 * word.length);
  });
});
