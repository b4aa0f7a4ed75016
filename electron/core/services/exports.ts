import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { ExportDetails } from '../../../shared/api/methods/exports.ts';
import type { MadeFile } from '../../../shared/api/models.ts';
import { exportFileName } from '../../../shared/audit-file/file-name.ts';
import type { CsvFile } from '../exports/csv.ts';
import type { ExportTables } from '../exports/tables.ts';
import type { Storage } from '../db/storage.ts';
import { anonymousInput } from '../report/model/anonymous.ts';
import { themeFor } from '../report/layout/theme.ts';
import type { ReportInput } from '../report/types.ts';
import { everyNameRemover, reportInputFor, withoutNames } from './report.ts';

type ExportArgs = MethodArgs<'exports.xlsx'>;

/** The libraries that write the files load on the first export, not with every start. */
const csvModule = () => import('../exports/csv.ts');
const tablesModule = () => import('../exports/tables.ts');
const zipModule = () => import('../exports/zip.ts');
const workbookModule = () => import('../exports/xlsx.ts');
const deckModule = () => import('../exports/deck.ts');

/**
 * What an export is made from: the report's own input (the same loading, the same limits)
 * and, for an anonymous export, the report's own anonymisation, so every export replaces the
 * same names with the same codes as the PDF. Without a choice, the audit's own setting.
 */
function exportInputFor(
  storage: Storage,
  args: ExportArgs,
): { input: ReportInput; given: ReportInput; anonymous: boolean } {
  const given = reportInputFor(storage, args.id);
  const anonymous = args.anonymous ?? given.file.audit.anonymous ?? true;
  return { given, input: anonymous ? anonymousInput(given) : given, anonymous };
}

function fileName(given: ReportInput, format: 'xlsx' | 'csv' | 'pptx', anonymous: boolean): string {
  return exportFileName(given.file.audit, format, anonymous ? everyNameRemover(given.file) : undefined);
}

async function tablesOf(input: ReportInput, anonymous: boolean): Promise<ExportTables> {
  const { exportTables } = await tablesModule();
  return exportTables(input, anonymous);
}

/**
 * The CSV tables of an audit as files, for `rca export --format csv` to write as a folder and
 * for `exports.csv` to zip. `folder` is the name the zip's folder takes.
 */
export async function csvTablesOf(
  storage: Storage,
  args: ExportArgs,
): Promise<{ files: CsvFile[]; folder: string; date: string; anonymous: boolean }> {
  const { input, given, anonymous } = exportInputFor(storage, args);
  return withoutNames(given.file, anonymous, async () => {
    const { csvFiles } = await csvModule();
    const folder = fileName(given, 'csv', anonymous).replace(/\.zip$/, '');
    return {
      files: csvFiles(await tablesOf(input, anonymous)),
      folder,
      date: given.file.audit.date,
      anonymous,
    };
  });
}

/** `exports.csv`: the CSV tables as one zip of their folder (the window saves one file; the browser downloads one). */
export async function exportCsvTables(storage: Storage, args: ExportArgs): Promise<MadeFile<ExportDetails>> {
  const { files, folder, date, anonymous } = await csvTablesOf(storage, args);
  const { zipFolder } = await zipModule();
  return {
    fileName: `${folder}.zip`,
    mediaType: 'application/zip',
    content: zipFolder(folder, files, date),
    details: { anonymous },
  };
}

/** `exports.xlsx`: one Excel workbook, a summary sheet and the same tables as the CSV folder. */
export async function exportWorkbook(storage: Storage, args: ExportArgs): Promise<MadeFile<ExportDetails>> {
  const { input, given, anonymous } = exportInputFor(storage, args);
  return withoutNames(given.file, anonymous, async () => {
    const { renderWorkbook } = await workbookModule();
    const wash = themeFor(given.file.audit.branding?.accentColor).colour.accentWash;
    return {
      fileName: fileName(given, 'xlsx', anonymous),
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: await renderWorkbook(await tablesOf(input, anonymous), wash),
      details: { anonymous },
    };
  });
}

/** `exports.pptx`: the results deck, native charts and editable text. */
export async function exportDeck(storage: Storage, args: ExportArgs): Promise<MadeFile<ExportDetails>> {
  const { input, given, anonymous } = exportInputFor(storage, args);
  return withoutNames(given.file, anonymous, async () => {
    const { renderDeck } = await deckModule();
    return {
      fileName: fileName(given, 'pptx', anonymous),
      mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      content: await renderDeck(input, anonymous),
      details: { anonymous },
    };
  });
}
