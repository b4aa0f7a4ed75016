import PDFDocument from 'pdfkit';
import type { AuditFile } from '../../shared/audit-file/schema.ts';
import { answersOf } from '../../shared/audit-file/answers.ts';
import { instrumentV1 } from '../../shared/instrument/index.ts';
import { scoreAudit } from '../../shared/scoring/score.ts';
import {
  findFontDir,
  fontSource,
  loadFont,
  type LoadedFont,
} from '../../electron/core/report/fonts/font-files.ts';
import { renderReport } from '../../electron/core/report/render-report.ts';
import type { ReportInput } from '../../electron/core/report/types.ts';
import { fortyTeamAudit, twelveTeamAudit } from '../../tests/fixtures/report-audits.ts';
import { formatMs, formatRatio, record, settle, summarize, table, type Timing } from './measure.ts';

const SAMPLES = 11;
const WARMUP = 3;
/** The aims from the issue; the bench prints them, no test asserts them. */
const TWELVE_AIM_MS = 1000;
const RATIO_AIM = 2.5;

type Line = { readonly text: string; readonly size: number };

const OPTIONS = { anonymous: false, includeAppendix: true, deterministic: true };

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

/** Renders once with a probe, to know the report's pages and the text on each. */
async function textByPage(input: ReportInput): Promise<Line[][]> {
  const pages = new Map<object, Line[]>();
  await renderReport(input, OPTIONS, {
    line: (page, text, size) => {
      const lines = pages.get(page) ?? [];
      lines.push({ text, size });
      pages.set(page, lines);
    },
  });
  return [...pages.values()];
}

/**
 * The baseline: bare pdfkit writing the same text on the same number of pages, in the same
 * embedded font (parsed once, as the report does) and sizes, one line under the other, with
 * no layout, tables or charts.
 */
async function baseline(pages: readonly Line[][], font: LoadedFont): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('body', fontSource(font));
  for (const lines of pages) {
    doc.addPage({ size: 'A4', margin: 40 });
    let y = 40;
    for (const line of lines) {
      doc.font('body').fontSize(line.size).text(line.text, 40, y, { lineBreak: false });
      y += line.size * 1.1;
    }
  }
  doc.end();
  return done;
}

/**
 * Times the report and the baseline in alternation, so a busy machine slows both alike and
 * the ratio stays fair; medians of single calls.
 */
async function timePair(
  report: () => Promise<unknown>,
  bare: () => Promise<unknown>,
): Promise<{ report: Timing; bare: Timing }> {
  for (let i = 0; i < WARMUP; i++) {
    await report();
    await bare();
  }
  settle();
  const reportTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    let start = performance.now();
    await report();
    reportTimes.push(performance.now() - start);
    start = performance.now();
    await bare();
    bareTimes.push(performance.now() - start);
  }
  return { report: summarize(reportTimes), bare: summarize(bareTimes) };
}

function audit(file: AuditFile): ReportInput {
  return { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
}

/**
 * The PDF readiness report for a 12- and a 40-participant audit: median time and pages, and
 * the ratio against bare pdfkit writing the same text on as many pages, measured in this run.
 */
export async function benchReport(): Promise<string[]> {
  const font = loadFont(findFontDir(), 'regular');
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const [label, file] of [
    ['12 participants', twelveTeamAudit()],
    ['40 participants', fortyTeamAudit()],
  ] as const) {
    const input = audit(file);
    const pdf = await renderReport(input, OPTIONS);
    const text = await textByPage(input);
    const { report, bare } = await timePair(
      () => renderReport(input, OPTIONS),
      () => baseline(text, font),
    );
    const bareBytes = await baseline(text, font);
    const ratio = report.median / bare.median;
    record(
      `${label}: report, median`,
      report.median,
      'ms',
      label.startsWith('12') ? { aim: TWELVE_AIM_MS } : {},
    );
    record(`${label}: bare pdfkit, same text and pages, median`, bare.median, 'ms');
    record(`${label}: pages`, pageCount(pdf), 'count');
    record(`${label}: size`, pdf.length, 'bytes');
    record(`${label}: report / bare pdfkit`, ratio, 'ratio', {
      aim: RATIO_AIM,
      baseline: 'bare pdfkit, same text and pages',
    });
    rows.push([
      label,
      String(pageCount(pdf)),
      formatMs(report.median),
      `${Math.round(pdf.length / 1024)} KB`,
      formatMs(bare.median),
      String(pageCount(bareBytes)),
      formatRatio(ratio, RATIO_AIM),
    ]);
    if (label.startsWith('12')) {
      verdicts.push(
        `12-participant report: ${formatMs(report.median)} ${report.median <= TWELVE_AIM_MS ? 'ok' : 'OVER'} (aim ≤ ${TWELVE_AIM_MS} ms)`,
      );
    }
  }
  return [
    'PDF readiness report (full report with appendix; median of ' + `${SAMPLES} runs)`,
    ...table(['audit', 'pages', 'report', 'size', 'bare pdfkit', 'pages', 'ratio'], rows),
    ...verdicts,
  ];
}
