import { stringify } from 'csv-stringify/sync';
import { isDateCell, isFormattedNumber, type Cell, type Table } from './table.ts';
import type { ExportTables } from './tables.ts';

/** One file of the CSV folder: its name and its bytes. */
export type CsvFile = { readonly name: string; readonly content: Uint8Array };

const BOM = '\uFEFF';
const encoder = new TextEncoder();

/**
 * A cell as CSV text. Numbers stay numbers, unrounded, so a spreadsheet reads them as numbers
 * (a negative number such as an SD change of -0.99 is not escaped: it is a number, not a
 * formula); yes/no is TRUE/FALSE, which Excel reads as booleans; a date is 2026-11-23.
 */
function csvValue(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDateCell(cell)) return cell.date;
  if (isFormattedNumber(cell)) return cell.number;
  return cell;
}

/**
 * One table as CSV: UTF-8 with a byte order mark (Excel then reads accents and every script
 * right), CRLF line ends, quoted where needed. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe by
 * csv-stringify's `escape_formulas`, so a note like "=1+1" stays a note.
 */
export function tableCsv(table: Table): string {
  const header = table.columns.map((c) => c.header);
  const rows = table.rows.map((row) => row.map(csvValue));
  return BOM + stringify([header, ...rows], { escape_formulas: true, record_delimiter: 'windows' });
}

/** Every table of an export as the files of the CSV folder: summary.csv, answers.csv, items.csv… */
export function csvFiles(tables: ExportTables): CsvFile[] {
  return [tables.summary, ...tables.tables].map((table) => ({
    name: `${table.id}.csv`,
    content: encoder.encode(tableCsv(table)),
  }));
}
