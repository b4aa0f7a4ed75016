import { answersOf } from '../../shared/audit-file/answers.ts';
import type { AuditFile } from '../../shared/audit-file/schema.ts';
import { validateAuditFile } from '../../shared/audit-file/validate.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { scoreAudit } from '../../shared/scoring/score.ts';
import { csvFiles } from '../../electron/core/exports/csv.ts';
import { renderDeck } from '../../electron/core/exports/deck.ts';
import { exportTables } from '../../electron/core/exports/tables.ts';
import { renderWorkbook } from '../../electron/core/exports/xlsx.ts';
import { zipFolder } from '../../electron/core/exports/zip.ts';
import { anonymousInput } from '../../electron/core/report/model/anonymous.ts';
import { renderReport } from '../../electron/core/report/render-report.ts';
import type { ReportInput } from '../../electron/core/report/types.ts';
import { bigAuditJson } from '../../tests/fixtures/big-audit.ts';
import { fortyTeamAudit } from '../../tests/fixtures/report-audits.ts';
import { formatMs, record, settle, summarize, table } from './measure.ts';

const SAMPLES = 5;

function inputOf(file: AuditFile): ReportInput {
  return { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
}

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  settle();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return summarize(times).median;
}

/**
 * The exports beside the PDF (anonymous, as most are): the CSV zip, the workbook and the deck
 * for a 40- and a 1,000-participant audit, each against the PDF report of the same audit made
 * in this run. No aim: the figures show what a consultant waits for.
 */
export async function benchExports(): Promise<string[]> {
  const big = validateAuditFile(bigAuditJson(1_000));
  if (!big.ok) throw new Error(big.problems.join('; '));
  const rows: string[][] = [];
  for (const [label, file] of [
    ['40 participants', fortyTeamAudit()],
    ['1,000 participants', big.file],
  ] as const) {
    const given = inputOf(file);
    const make = {
      csv: () =>
        Promise.resolve(
          zipFolder('tables', csvFiles(exportTables(anonymousInput(given), true)), file.audit.date),
        ),
      xlsx: async () => renderWorkbook(exportTables(anonymousInput(given), true)),
      pptx: async () => renderDeck(anonymousInput(given), true),
    };
    const pdf = await median(() =>
      renderReport(given, { anonymous: true, includeAppendix: true, deterministic: true }),
    );
    record(`${label}: PDF report (baseline), median`, pdf, 'ms');
    const cells = [label, formatMs(pdf)];
    for (const [format, work] of Object.entries(make)) {
      const ms = await median(work);
      const bytes = (await work()).length;
      record(`${label}: ${format}, median`, ms, 'ms');
      record(`${label}: ${format} / PDF report`, ms / pdf, 'ratio', {
        baseline: 'the PDF report of the same audit',
      });
      record(`${label}: ${format}, size`, bytes, 'bytes');
      cells.push(`${formatMs(ms)} (${Math.round(bytes / 1024)} KB)`);
    }
    rows.push(cells);
  }
  return [
    `Exports, anonymous (median of ${SAMPLES} runs; the PDF report of the same audit as baseline)`,
    ...table(['audit', 'PDF report', 'CSV zip', 'workbook', 'deck'], rows),
  ];
}
