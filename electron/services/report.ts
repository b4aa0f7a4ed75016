import { readFile } from 'node:fs/promises';
import type { MethodArgs } from '../../shared/api/methods.ts';
import type { ReportInput } from '../report/types.ts';
import type { Store } from '../db/store.ts';
import { instrumentOf, loadAuditDetail, requireAudit } from './audit-detail.ts';
import { auditFileName, auditToFile } from './audit-file-mapping.ts';
import { InvalidRequestError } from './errors.ts';
import { auditResults } from './results.ts';

/** The audit and its computed results (and the earlier audit's, for a re-assessment) as the report takes them. */
export function reportInputFor(store: Store, id: string): ReportInput {
  const row = requireAudit(store.db, id);
  const detail = loadAuditDetail(store.db, id);
  const input: ReportInput = {
    file: auditToFile(detail),
    instrument: instrumentOf(row),
    results: auditResults(store, id),
  };
  const previousId = detail.previousAuditId;
  if (!previousId) return input;
  return {
    ...input,
    previous: {
      file: auditToFile(loadAuditDetail(store.db, previousId)),
      results: auditResults(store, previousId),
    },
  };
}

/** Counts the pages of a PDF written by pdfkit (page objects are never compressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** A file name for the report of an audit. */
export function reportFileName(store: Store, id: string): string {
  return auditFileName(loadAuditDetail(store.db, id)).replace(/\.rca\.json$/, '-readiness-report.pdf');
}

/** pdfkit and the fonts load on the first report, not with every start of the app or the CLI. */
const reportModule = () => import('../report/render-report.ts');
const writeModule = () => import('../report/write-report.ts');

/** Renders the report in memory (the browser binding downloads it). */
export async function renderAuditReport(
  store: Store,
  args: { id: string; anonymous: boolean; includeAppendix: boolean },
) {
  const { renderReport } = await reportModule();
  const pdf = await renderReport(reportInputFor(store, args.id), {
    anonymous: args.anonymous,
    includeAppendix: args.includeAppendix,
  });
  return { pdf, pages: countPages(pdf), fileName: reportFileName(store, args.id) };
}

/** Writes the report to a path, atomically. */
export async function exportAuditReport(store: Store, args: MethodArgs<'report.export'>) {
  if (!args.path) throw new InvalidRequestError(['path: say where to write the PDF']);
  const input = reportInputFor(store, args.id);
  const options = { anonymous: args.anonymous, includeAppendix: args.includeAppendix };
  const { writeReport } = await writeModule();
  const bytes = await writeReport(input, options, args.path);
  return { path: args.path, pages: countPages(await readFile(args.path)), bytes };
}
