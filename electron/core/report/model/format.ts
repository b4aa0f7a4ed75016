// The figures are written as the window writes them (shared/scoring/display.ts).
export { oneDecimal, percentText, twoDecimals } from '../../../../shared/scoring/display.ts';

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
