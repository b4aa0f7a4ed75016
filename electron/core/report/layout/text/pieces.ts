import { segmentsOf, type Piece } from './tokenize.ts';
import type { TextKit } from './measure.ts';

/**
 * Width of one segment of a piece. pdfkit shapes and caches text word by word, each word
 * with its trailing space ("word "), so a word followed by one space is measured that way
 * too: drawing the line then reuses the shaping instead of doing it a second time.
 */
export function segmentWidth(kit: TextKit, piece: Piece, index: number): number {
  const segment = piece.segments[index];
  if (!segment) return 0;
  if (
    piece.spaces === ' ' &&
    index === piece.segments.length - 1 &&
    segment.font === kit.fonts.primary(piece.weight)
  ) {
    return kit.measure(segment.text + ' ', segment.font) - kit.measure(' ', segment.font);
  }
  return kit.measure(segment.text, segment.font);
}

/** Width at size 1 of a piece's word, without its spaces. */
export function pieceWidth(kit: TextKit, piece: Piece): number {
  let w = 0;
  for (let i = 0; i < piece.segments.length; i++) w += segmentWidth(kit, piece, i);
  return w;
}

/** Length of a piece's word in UTF-16 units. */
export function pieceLength(piece: Piece): number {
  let n = 0;
  for (const segment of piece.segments) n += segment.text.length;
  return n;
}

/** Splits a piece wider than a line into one piece per character cluster. */
export function explode(kit: TextKit, piece: Piece): Piece[] {
  const text = piece.segments.map((s) => s.text).join('');
  const clusters = text.match(/\P{M}\p{M}*/gu) ?? [text];
  return clusters.map((cluster, i) => ({
    segments: segmentsOf(kit.fonts, cluster, piece.weight),
    spaces: i === clusters.length - 1 ? piece.spaces : '',
    weight: piece.weight,
    color: piece.color,
    hardBreak: false,
  }));
}
