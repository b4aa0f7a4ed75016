import type Database from 'better-sqlite3';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { AuditDetail, MadeFile, ReportPreview } from '../../../shared/api/models.ts';
import { participantCodes } from '../../../shared/anonymity/codes.ts';
import { nameMatcher } from '../../../shared/anonymity/names.ts';
import { matcherOf, plannedReplacements, rosterOf } from '../../../shared/anonymity/typed-text.ts';
import { reportFileName as fileNameOf } from '../../../shared/audit-file/file-name.ts';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { trendOf } from '../../../shared/scoring/trend.ts';
import { formatCount, MAX_AUDIT_TEXT, MAX_PARTICIPANTS, MAX_RESPONSES } from '../../../shared/limits.ts';
import { auditTextLength } from '../db/repositories/audits.ts';
import { countParticipants } from '../db/repositories/participants.ts';
import { countResponses } from '../db/repositories/responses.ts';
import { countAllRoundResponses } from '../db/repositories/round-responses.ts';
import { getSettings } from '../db/repositories/settings.ts';
import { firmMark } from '../report/model/firm.ts';
import type { FirmMark, ReportInput } from '../report/types.ts';
import type { Storage } from '../db/storage.ts';
import { instrumentOf, loadAuditDetail, requireAudit } from './audit-detail.ts';
import { auditToFile } from './audit-file-mapping.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import { trendAudit, trendAuditIds } from './organizations.ts';
import { auditResults } from './results.ts';

/**
 * Refuses, before anything is loaded, an audit larger than the limits: a database written by
 * an older version, or edited by hand, may hold one. The message counts; it names nobody.
 */
function requireWithinLimits(db: Database.Database, id: string): void {
  const participants = countParticipants(db, id);
  if (participants > MAX_PARTICIPANTS) {
    throw new ConflictError(
      `This audit has ${formatCount(participants)} participants; a report can show at most ${formatCount(MAX_PARTICIPANTS)}. Remove participants before making the report.`,
    );
  }
  // Every round's answers: the audit file the report is made from lists them all.
  const responses = countResponses(db, id) + countAllRoundResponses(db, id);
  if (responses > MAX_RESPONSES) {
    throw new ConflictError(
      `This audit has ${formatCount(responses)} answers; a report can show at most ${formatCount(MAX_RESPONSES)}.`,
    );
  }
  const text = auditTextLength(db, id);
  if (text > MAX_AUDIT_TEXT) {
    throw new ConflictError(
      `The notes of this audit hold ${formatCount(text)} characters in all; a report can show at most ${formatCount(MAX_AUDIT_TEXT)}.`,
    );
  }
}

/**
 * The firm branding an audit's report carries: the installation's settings, the audit's own
 * name and logo, or none; none too when the chosen one has neither a name nor a logo.
 */
export function firmMarkOf(db: Database.Database, branding: AuditDetail['branding']): FirmMark | undefined {
  const { firm } = branding;
  if (firm.use === 'none') return undefined;
  const settings = firm.use === 'installation' ? getSettings(db) : null;
  return settings ? firmMark(settings.firmName, settings.firmLogo) : firmMark(firm.name, firm.logo);
}

/**
 * The audit and its computed results as the report takes them and, when the database holds
 * earlier revealed audits of the same organisation, the trend across all of them
 * (shared/scoring/trend.ts) with the latest earlier one as "the previous audit" the charts mark.
 */
export function reportInputFor(storage: Storage, id: string): ReportInput {
  const row = requireAudit(storage.db, id);
  requireWithinLimits(storage.db, id);
  const detail = loadAuditDetail(storage.db, id);
  const firm = firmMarkOf(storage.db, detail.branding);
  const input: ReportInput = {
    file: auditToFile(detail),
    instrument: instrumentOf(row),
    results: auditResults(storage, id),
    ...(firm ? { firm } : {}),
  };
  const ids = trendAuditIds(storage, id);
  const previousId = ids.at(-2);
  if (previousId === undefined) return input;
  for (const earlier of ids.slice(0, -1)) requireWithinLimits(storage.db, earlier);
  return {
    ...input,
    previous: {
      file: auditToFile(loadAuditDetail(storage.db, previousId)),
      results: auditResults(storage, previousId),
    },
    trend: trendOf(ids.map((auditId) => trendAudit(storage, auditId))),
  };
}

/** Counts the pages of a PDF written by pdfkit (page objects are never compressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** Replaces participants' names anywhere in a text, the organisation's name included: for file names and error messages. */
export function everyNameRemover(file: AuditFile): (text: string) => string {
  return nameMatcher(rosterOf(file)).redact;
}

/** The file name a report is offered under (shared/audit-file/file-name.ts); no participant name when anonymous. */
function fileNameFor(file: AuditFile, anonymous: boolean): string {
  return fileNameOf(file.audit, anonymous ? everyNameRemover(file) : undefined);
}

/** A file name for the report of an audit. */
export function reportFileName(storage: Storage, id: string, anonymous = false): string {
  return fileNameFor(auditToFile(loadAuditDetail(storage.db, id)), anonymous);
}

/**
 * Runs the rendering or writing of an anonymous report so that no error it raises carries a
 * participant's name (a path or a message quoting a note would): the message is redacted.
 */
export async function withoutNames<T>(
  file: AuditFile,
  anonymous: boolean,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!anonymous || error instanceof NotFoundError || error instanceof ConflictError) throw error;
    const redact = everyNameRemover(file);
    if (error instanceof InvalidRequestError) throw new InvalidRequestError(error.problems.map(redact));
    const redacted = new Error(redact(error instanceof Error ? error.message : String(error)));
    redacted.name = error instanceof Error ? error.name : 'Error';
    throw redacted;
  }
}

/** pdfkit and the fonts load on the first report, not with every start of the app or the CLI. */
const reportModule = () => import('../report/render-report.ts');

/** Renders the report of an audit in the database, in memory. */
export async function renderAuditReport(
  storage: Storage,
  args: { id: string; anonymous: boolean; includeAppendix: boolean; deterministic?: boolean },
) {
  const input = reportInputFor(storage, args.id);
  return withoutNames(input.file, args.anonymous, async () => {
    const { renderReport } = await reportModule();
    const pdf = await renderReport(input, {
      anonymous: args.anonymous,
      includeAppendix: args.includeAppendix,
      ...(args.deterministic ? { deterministic: true } : {}),
    });
    return { pdf, pages: countPages(pdf), fileName: fileNameFor(input.file, args.anonymous) };
  });
}

/**
 * `report.export`: the readiness report as a file for the user, never written by the service.
 * The one report service behind the window (the main process saves it where the save dialog
 * says), the browser binding (a download) and `rca report --audit` (its `--out`).
 */
export async function exportAuditReport(
  storage: Storage,
  args: MethodArgs<'report.export'> & { deterministic?: boolean },
): Promise<MadeFile<{ pages: number }>> {
  const { pdf, pages, fileName } = await renderAuditReport(storage, args);
  return { fileName, mediaType: 'application/pdf', content: pdf, details: { pages } };
}

/**
 * What the Report step shows before an export: whether the cover will say Draft, whether the
 * level is provisional and who has not answered everything, the file name, and (anonymous)
 * every replacement of a name by a code, in context, so the consultant can check them.
 */
export function previewAuditReport(storage: Storage, args: MethodArgs<'report.preview'>): ReportPreview {
  const { file, instrument, results, firm } = reportInputFor(storage, args.id);
  const codes = participantCodes(file.participants);
  const label = new Map(
    file.participants.map((p, i) => [p.id, args.anonymous ? (codes[i] ?? p.id) : p.name]),
  );
  return {
    fileName: fileNameFor(file, args.anonymous),
    draft: file.audit.status === 'in-progress',
    provisional: results.provisional,
    completeness: results.completeness,
    incomplete: results.incomplete.map((id) => label.get(id) ?? id),
    replacements: args.anonymous
      ? plannedReplacements(file, instrument, matcherOf(file, firm ? [firm.name] : []))
      : [],
  };
}
