/**
 * The one table model every export writes (CSV, the workbook): plain rows of typed cells, so
 * each format decides only how a number, a date or a yes/no is written, never what it is.
 */

/** A calendar date as the audit file keeps it (2026-11-23): a date cell in the workbook, the same text in CSV. */
export type DateCell = { readonly date: string };

/** A number that reads in its own format where its column mixes kinds (the summary's values). */
export type FormattedNumber = { readonly number: number; readonly format: ColumnFormat };

/** One cell: text, a number (unrounded, from shared/scoring), yes/no, a date, or empty. */
export type Cell = string | number | boolean | DateCell | FormattedNumber | null;

/**
 * How a column's numbers read in the workbook (the value is never rounded): `decimal` a mean
 * or score, `percent` a figure from 0 to 100, `share` a fraction from 0 to 1 shown as a percent.
 */
export type ColumnFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'share' | 'date' | 'boolean' | 'auto';

export type Column = {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters in the workbook. */
  readonly width: number;
};

/** One table: a CSV file of the folder, a sheet of the workbook. */
export type Table = {
  /** The file name stem and the sheet's id: answers, items, dimensions… */
  readonly id: string;
  /** The sheet's name (at most 31 characters, as Excel requires). */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
};

/** True for a date cell. */
export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

/** True for a number carrying its own format. */
export function isFormattedNumber(cell: Cell): cell is FormattedNumber {
  return typeof cell === 'object' && cell !== null && 'number' in cell;
}

/** A column; the width defaults to fit the header. */
export function column(
  header: string,
  format: ColumnFormat,
  width = Math.max(10, header.length + 2),
): Column {
  return { header, format, width };
}
