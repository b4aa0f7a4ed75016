import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/node';
import { isDateCell, isFormattedNumber, type Cell, type ColumnFormat, type Table } from './table.ts';
import type { ExportTables } from './tables.ts';

/** How each kind of number reads in Excel; the stored value is never rounded. */
const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | undefined>> = {
  text: undefined,
  integer: '0',
  decimal: '0.00',
  percent: '0.0',
  share: '0.0%',
  date: undefined,
  boolean: undefined,
  auto: '0.00',
};

const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * One cell, typed: numbers as numbers (in their column's format), yes/no as booleans, dates
 * as dates, text as text. Text is written as a string cell, never as a formula, so a note
 * such as "=1+1" is shown as written and never runs.
 */
function xlsxCell(cell: Cell, format: ColumnFormat): XlsxCell {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell;
  if (isDateCell(cell)) {
    return { value: new Date(`${cell.date}T00:00:00Z`), type: Date, format: DATE_FORMAT, align: 'left' };
  }
  if (isFormattedNumber(cell)) {
    return { value: cell.number, type: Number, format: NUMBER_FORMATS[cell.format] ?? '0.00', align: 'left' };
  }
  const numberFormat = NUMBER_FORMATS[format];
  return numberFormat ? { value: cell, type: Number, format: numberFormat } : { value: cell, type: Number };
}

function sheetOf(table: Table, accentWash: string): Sheet<Buffer> {
  const header: XlsxCell[] = table.columns.map((c) => ({
    value: c.header,
    type: String,
    fontWeight: 'bold',
    backgroundColor: accentWash,
    wrap: true,
  }));
  const rows = table.rows.map((row) =>
    row.map((cell, i) => xlsxCell(cell, table.columns[i]?.format ?? 'auto')),
  );
  return {
    sheet: table.title.slice(0, 31),
    data: [header, ...rows],
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/**
 * The workbook of an export: the summary sheet first, then one sheet per table (the same
 * tables as the CSV folder), header rows frozen, columns sized, every cell typed.
 */
export async function renderWorkbook(tables: ExportTables, accentWash = '#e8eef5'): Promise<Buffer> {
  const sheets = [tables.summary, ...tables.tables].map((table) => sheetOf(table, accentWash));
  return writeXlsxFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBuffer();
}
