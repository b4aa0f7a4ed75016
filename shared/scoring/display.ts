import { formatNumber, roundForDisplay } from './numbers.ts';

/*
 * How the scoring model's figures are written for people, once, so that the window and the PDF
 * print every figure alike (same rounding, same form): "67 %", "3.0", "0.50", "25 points".
 */

/** A percent, with the one display rounding of the scoring model: "67 %"; "–" when there is none. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${roundForDisplay(value)} %`;
}

/** A share (0 to 1) as a percent: 0.667 → "67 %". */
export function shareText(share: number | null): string {
  return share === null ? '–' : percentText(share * 100);
}

/** A mean or score to one decimal: 3.42 → "3.4", 3 → "3.0". */
export function oneDecimal(value: number | null): string {
  return value === null ? '–' : formatNumber(value, 1).replace(/^(-?\d+)$/, '$1.0');
}

/** A standard deviation (or its change) to two decimals: 0.5 → "0.50". */
export function twoDecimals(value: number | null): string {
  return value === null ? '–' : Number(formatNumber(value, 2)).toFixed(2);
}

/** A median: whole, or halfway for an even count ("3.5"). */
export function medianText(median: number | null): string {
  return median === null ? '–' : Number.isInteger(median) ? String(median) : oneDecimal(median);
}

/** A gap between two groups in percentage points: "67 points", "1 point". */
export function pointsText(gap: number): string {
  const rounded = roundForDisplay(gap);
  return `${rounded} point${rounded === 1 ? '' : 's'}`;
}
