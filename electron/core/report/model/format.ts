import { formatNumber, roundForDisplay } from '../../../../shared/scoring/numbers.ts';

/** A percent as the report prints it, with the one display rounding of the scoring model. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${roundForDisplay(value)} %`;
}

/** A mean or score to one decimal (3.42 → "3.4"). */
export function oneDecimal(value: number | null): string {
  return value === null ? '–' : formatNumber(value, 1).replace(/^(-?\d+)$/, '$1.0');
}

/** A standard deviation to two decimals. */
export function twoDecimals(value: number | null): string {
  return value === null ? '–' : Number(formatNumber(value, 2)).toFixed(2);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date written for people: 2026-11-23 → "23 November 2026"; independent of the machine's locale. */
export function dateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** A short date for table cells: "23 Nov 2026". */
export function shortDateText(iso: string): string {
  const long = dateText(iso);
  return long.replace(/ ([A-Z][a-z]{2})[a-z]+ /, ' $1 ');
}

/** "1 participant", "12 participants". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
