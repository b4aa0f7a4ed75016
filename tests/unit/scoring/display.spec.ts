import { describe, expect, it } from 'vitest';
import {
  medianText,
  oneDecimal,
  percentText,
  pointsText,
  shareText,
  twoDecimals,
} from '../../../shared/scoring/display.ts';

/* The one way a figure is written, in the window and in the PDF alike. */
describe('figures as people read them', () => {
  it('writes percents with the display rounding, halves away from zero', () => {
    expect([percentText(66.5), percentText(66.4999999), percentText(0), percentText(null)]).toEqual([
      '67 %',
      '67 %', // within 6 decimals of a half
      '0 %',
      '–',
    ]);
    expect([shareText(2 / 3), shareText(1), shareText(null)]).toEqual(['67 %', '100 %', '–']);
  });

  it('writes means to one decimal and spreads to two, always with their decimals', () => {
    expect([oneDecimal(3), oneDecimal(3.45), oneDecimal(-1), oneDecimal(null)]).toEqual([
      '3.0',
      '3.5',
      '-1.0',
      '–',
    ]);
    expect([twoDecimals(0.5), twoDecimals(2), twoDecimals(1.006), twoDecimals(null)]).toEqual([
      '0.50',
      '2.00',
      '1.01',
      '–',
    ]);
  });

  it('writes a median whole or halfway, and a gap in points', () => {
    expect([medianText(3), medianText(3.5), medianText(null)]).toEqual(['3', '3.5', '–']);
    expect([pointsText(1), pointsText(25), pointsText(24.5), pointsText(0.4)]).toEqual([
      '1 point',
      '25 points',
      '25 points',
      '0 points',
    ]);
  });
});
