import type { Weight } from '../../fonts/font-set.ts';
import type { LaidLine, RichText, TextBlock, TextStyle } from '../text.ts';
import { metrics, type TextKit } from './measure.ts';
import { explode, pieceLength, pieceWidth, segmentWidth } from './pieces.ts';
import { tokenize, type Piece } from './tokenize.ts';

/**
 * Characters (UTF-16 units) of a word beyond which it is wider than any line the report
 * draws: 400 of the narrowest letter at the smallest size still overflow the page width.
 */
const LONG_PIECE = 400;

type Run = { text: string; font: string; color: string; x: number; fauxBold: boolean };

/**
 * Breaks rich text into lines at most `maxWidth` wide, greedily, so its height is known
 * before anything is drawn. A word wider than a line is broken between characters.
 */
export function layoutText(kit: TextKit, rich: RichText, style: TextStyle, maxWidth: number): TextBlock {
  const { fonts, measure } = kit;
  const { size } = style;
  const { lineHeight } = metrics(style);
  const lines: LaidLine[] = [];
  let runs: Run[] = [];
  let x = 0;
  let lineWidth = 0;
  let pendingSpace: { text: string; font: string; color: string; width: number; weight: Weight } | null =
    null;

  const endLine = (): void => {
    lines.push({ runs, width: lineWidth });
    runs = [];
    x = 0;
    lineWidth = 0;
    pendingSpace = null;
  };
  const append = (text: string, font: string, color: string, width: number, weight: Weight): void => {
    const last = runs.at(-1);
    const fauxBold = weight === 'bold' && font !== fonts.primary('bold');
    if (last && last.font === font && last.color === color && last.fauxBold === fauxBold) last.text += text;
    else runs.push({ text, font, color, x, fauxBold });
    x += width;
  };
  const place = (piece: Piece): void => {
    // A word this long never fits a line: it is broken into characters without first being
    // shaped whole, which for long runs of combining marks costs the square of its length.
    if (pieceLength(piece) > LONG_PIECE) {
      if (runs.length > 0) endLine();
      for (const part of explode(kit, piece)) place(part);
      return;
    }
    const width = pieceWidth(kit, piece) * size;
    if (runs.length > 0 && x + (pendingSpace?.width ?? 0) + width > maxWidth + 0.01) endLine();
    if (runs.length === 0 && width > maxWidth + 0.01 && piece.segments.some((s) => [...s.text].length > 1)) {
      for (const part of explode(kit, piece)) place(part);
      return;
    }
    if (pendingSpace && runs.length > 0) {
      append(
        pendingSpace.text,
        pendingSpace.font,
        pendingSpace.color,
        pendingSpace.width,
        pendingSpace.weight,
      );
    }
    pendingSpace = null;
    piece.segments.forEach((s, i) =>
      append(s.text, s.font, piece.color, segmentWidth(kit, piece, i) * size, piece.weight),
    );
    lineWidth = x;
    if (piece.spaces !== '') {
      const font = fonts.primary(piece.weight);
      pendingSpace = {
        text: piece.spaces,
        font,
        color: piece.color,
        width: measure(piece.spaces, font) * size,
        weight: piece.weight,
      };
    }
  };

  for (const piece of tokenize(fonts, rich, style)) {
    if (piece.hardBreak) endLine();
    else place(piece);
  }
  if (runs.length > 0 || lines.length === 0) endLine();
  return {
    lines,
    size,
    lineHeight,
    height: lines.length * lineHeight,
    width: lines.reduce((w, l) => Math.max(w, l.width), 0),
  };
}
