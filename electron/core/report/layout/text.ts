import type { FontSet, Weight } from '../fonts/font-set.ts';
import type { ReportProbe } from '../types.ts';

/** A stretch of text with its own weight or colour inside one paragraph. */
export type Span = { readonly text: string; readonly weight?: Weight; readonly color?: string };

/** Plain text, or spans for mixed weights and colours. */
export type RichText = string | readonly Span[];

/** How a paragraph looks: size, weight and colour (spans may override the last two), line height. */
export type TextStyle = {
  readonly size: number;
  readonly weight?: Weight;
  readonly color?: string;
  /** Line height as a multiple of the size. */
  readonly leading?: number;
};

/** Where a line sits in the width it is drawn in. */
export type Align = 'left' | 'right' | 'center';

/** One run of text in one font and colour, placed on its line. */
export type LaidRun = {
  readonly text: string;
  readonly font: string;
  readonly color: string;
  readonly x: number;
  /** Bold asked of a font that has no bold (the CJK fallback): drawn with a thin outline. */
  readonly fauxBold: boolean;
};

/** One line of a laid-out paragraph: its runs and how wide they are together. */
export type LaidLine = { readonly runs: readonly LaidRun[]; readonly width: number };

/** A paragraph broken into lines: its height is known before anything is drawn. */
export type TextBlock = {
  readonly lines: readonly LaidLine[];
  readonly size: number;
  readonly lineHeight: number;
  readonly height: number;
  /** The widest line. */
  readonly width: number;
};

/** Lays out and draws text with per-run font fallback; the report's only way to put text on a page. */
export type TextEngine = {
  readonly layout: (text: RichText, style: TextStyle, maxWidth: number) => TextBlock;
  /** Like layout, but at most `maxLines` lines, the last one ending in an ellipsis when cut. */
  readonly clamp: (text: RichText, style: TextStyle, maxWidth: number, maxLines: number) => TextBlock;
  readonly draw: (
    block: TextBlock,
    x: number,
    y: number,
    options?: { align?: Align; width?: number },
  ) => void;
  /** The lines `from` (inclusive) to `to` (exclusive) of a block, as a block of their own. */
  readonly slice: (block: TextBlock, from: number, to: number) => TextBlock;
};

type Segment = { readonly text: string; readonly font: string };

type Piece = {
  readonly segments: readonly Segment[];
  readonly spaces: string;
  readonly weight: Weight;
  readonly color: string;
  readonly hardBreak: boolean;
};

const NBSP = '\u00a0';

/** Ideographs, kana, Hangul and full-width forms: a line may break between any two of them. */
function breaksAround(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** CJK punctuation that must not start a line. */
const NO_LINE_START = new Set([...'、。，．：；！？）」』】〕〉》ー・']);

const COMBINING = /\p{M}/u;

const LETTER = /\p{L}/u;

/** Plain stand-ins for symbols no embedded font has, so they never print as empty boxes. */
const STAND_INS: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2713': 'yes',
  '\u2717': 'no',
  '\u2022': '·',
};

/** Text the main font draws whole: printable Latin-1 and Latin Extended-A/B, no combining marks. */
const SIMPLE_WORD = /^[\u0021-\u007e\u00a0-\u024f]*$/;

/** The same with spaces and line breaks: text that needs no per-character look at all. */
const SIMPLE_TEXT = /^[\s\u0021-\u007e\u00a0-\u024f]*$/;

/**
 * Characters (UTF-16 units) of a word beyond which it is wider than any line the report
 * draws: 400 of the narrowest letter at the smallest size still overflow the page width.
 */
const LONG_PIECE = 400;

/** Line height and baseline position shared by layout and drawing. */
function metrics(style: TextStyle): { lineHeight: number; baseline: number } {
  const lineHeight = style.size * (style.leading ?? 1.38);
  // Half-leading around a 1.0 em box whose ascent is 0.76 em (Noto Sans).
  return { lineHeight, baseline: (lineHeight - style.size) / 2 + style.size * 0.76 };
}

/**
 * Creates the text engine of one document. It draws text as given: an anonymous report has
 * its participants' names replaced in what people typed before any section sees it.
 */
export function createTextEngine(doc: PDFKit.PDFDocument, fonts: FontSet, probe?: ReportProbe): TextEngine {
  const widths = new Map<string, Map<string, number>>();

  /** Width at size 1 of text in one font. */
  const measure = (text: string, font: string): number => {
    if (text === '') return 0;
    let own = widths.get(font);
    if (!own) widths.set(font, (own = new Map<string, number>()));
    let w = own.get(text);
    if (w === undefined) {
      doc.font(font).fontSize(1000);
      w = doc.widthOfString(text.includes(NBSP) ? text.replaceAll(NBSP, ' ') : text) / 1000;
      own.set(text, w);
    }
    return w;
  };

  const segmentsOf = (word: string, weight: Weight): Segment[] => {
    // Most words are Latin: one segment in the main font, no per-character work.
    if (word === '') return [];
    if (SIMPLE_WORD.test(word)) return [{ text: word, font: fonts.primary(weight) }];
    const segments: { text: string; font: string }[] = [];
    for (const ch of word) {
      const cp = ch.codePointAt(0) ?? 32;
      const last = segments.at(-1);
      const font =
        last && cp >= 0x300 && COMBINING.test(ch) ? last.font : fonts.fontFor(cp === 0xa0 ? 32 : cp, weight);
      if (last && last.font === font) last.text += ch;
      else segments.push({ text: ch, font });
    }
    return segments;
  };

  const tokenize = (rich: RichText, style: TextStyle): Piece[] => {
    const spans = typeof rich === 'string' ? [{ text: rich }] : rich;
    const pieces: Piece[] = [];
    for (const span of spans) {
      const weight = span.weight ?? style.weight ?? 'regular';
      const color = span.color ?? style.color ?? '#000000';
      const text = standIns(span.text.normalize('NFC'))
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, ' ')
        .replace(/ %/g, NBSP + '%');
      let word = '';
      // The last UTF-16 unit of `word`, kept as the word grows: reading it back from the
      // string would flatten it on every character, which made a long word cost its square.
      let lastUnit = 0;
      let spaces = '';
      const flush = (): void => {
        if (word !== '' || spaces !== '') {
          pieces.push({ segments: segmentsOf(word, weight), spaces, weight, color, hardBreak: false });
        }
        word = '';
        lastUnit = 0;
        spaces = '';
      };
      const extend = (ch: string): void => {
        word += ch;
        lastUnit = ch.charCodeAt(ch.length - 1);
      };
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 32;
        if (ch === '\n') {
          flush();
          pieces.push({ segments: [], spaces: '', weight, color, hardBreak: true });
        } else if (ch === ' ' || (cp > 0x7f && cp !== 0xa0 && /\s/.test(ch))) {
          spaces += ' ';
        } else if (breaksAround(cp)) {
          if (NO_LINE_START.has(ch) && spaces === '') {
            extend(ch);
            flush();
          } else {
            flush();
            extend(ch);
          }
        } else {
          const last = lastUnit;
          // A line may also break after a hyphen or slash inside a long word (double-barrelled
          // names, URLs), though never before a digit: dates and ranges stay whole.
          const afterJoiner = (last === 0x2d || last === 0x2f) && word.length > 2 && LETTER.test(ch);
          if (spaces !== '' || (word !== '' && breaksAround(last)) || afterJoiner) flush();
          extend(ch);
        }
      }
      flush();
    }
    return pieces;
  };

  /** Replaces the few symbols no font can draw with plain stand-ins; leaves everything else. */
  const standIns = (text: string): string => {
    if (SIMPLE_TEXT.test(text)) return text;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 32;
      out += cp >= 0x2000 && !fonts.covers(cp) ? (STAND_INS[ch] ?? ch) : ch;
    }
    return out;
  };

  /**
   * Width of one segment of a piece. pdfkit shapes and caches text word by word, each word
   * with its trailing space ("word "), so a word followed by one space is measured that way
   * too: drawing the line then reuses the shaping instead of doing it a second time.
   */
  const segmentWidth = (piece: Piece, index: number): number => {
    const segment = piece.segments[index];
    if (!segment) return 0;
    if (
      piece.spaces === ' ' &&
      index === piece.segments.length - 1 &&
      segment.font === fonts.primary(piece.weight)
    ) {
      return measure(segment.text + ' ', segment.font) - measure(' ', segment.font);
    }
    return measure(segment.text, segment.font);
  };

  const pieceWidth = (piece: Piece): number => {
    let w = 0;
    for (let i = 0; i < piece.segments.length; i++) w += segmentWidth(piece, i);
    return w;
  };

  const pieceLength = (piece: Piece): number => {
    let n = 0;
    for (const segment of piece.segments) n += segment.text.length;
    return n;
  };

  /** Splits a piece wider than a line into one piece per character cluster. */
  const explode = (piece: Piece): Piece[] => {
    const text = piece.segments.map((s) => s.text).join('');
    const clusters = text.match(/\P{M}\p{M}*/gu) ?? [text];
    return clusters.map((cluster, i) => ({
      segments: segmentsOf(cluster, piece.weight),
      spaces: i === clusters.length - 1 ? piece.spaces : '',
      weight: piece.weight,
      color: piece.color,
      hardBreak: false,
    }));
  };

  const layout = (rich: RichText, style: TextStyle, maxWidth: number): TextBlock => {
    const { size } = style;
    const { lineHeight } = metrics(style);
    const lines: LaidLine[] = [];
    let runs: { text: string; font: string; color: string; x: number; fauxBold: boolean }[] = [];
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
        for (const part of explode(piece)) place(part);
        return;
      }
      const width = pieceWidth(piece) * size;
      if (runs.length > 0 && x + (pendingSpace?.width ?? 0) + width > maxWidth + 0.01) endLine();
      if (
        runs.length === 0 &&
        width > maxWidth + 0.01 &&
        piece.segments.some((s) => [...s.text].length > 1)
      ) {
        for (const part of explode(piece)) place(part);
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
        append(s.text, s.font, piece.color, segmentWidth(piece, i) * size, piece.weight),
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

    for (const piece of tokenize(rich, style)) {
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
  };

  const slice = (block: TextBlock, from: number, to: number): TextBlock => {
    const lines = block.lines.slice(from, to);
    return {
      ...block,
      lines,
      height: lines.length * block.lineHeight,
      width: lines.reduce((w, l) => Math.max(w, l.width), 0),
    };
  };

  const clamp = (rich: RichText, style: TextStyle, maxWidth: number, maxLines: number): TextBlock => {
    const full = layout(rich, style, maxWidth);
    if (full.lines.length <= maxLines || maxLines < 1) return full;
    // Cut the last kept line back until an ellipsis fits.
    const kept = full.lines.slice(0, maxLines);
    const last = kept[kept.length - 1];
    const runs: { text: string; font: string; color: string; x: number; fauxBold: boolean }[] = (
      last?.runs ?? []
    ).map((r) => ({ ...r }));
    const ellipsisFont = fonts.primary(style.weight ?? 'regular');
    const ellipsis = measure('…', ellipsisFont) * style.size;
    let end = 0;
    while (runs.length > 0) {
      const run = runs[runs.length - 1];
      if (!run) break;
      run.text = run.text.trimEnd();
      const width = measure(run.text, run.font) * style.size;
      if (run.text !== '' && run.x + width + ellipsis <= maxWidth + 0.01) {
        end = run.x + width;
        break;
      }
      const clusters = run.text.match(/\P{M}\p{M}*/gu) ?? [];
      clusters.pop();
      if (clusters.length === 0) runs.pop();
      else run.text = clusters.join('');
    }
    const color = runs.at(-1)?.color ?? style.color ?? '#000000';
    runs.push({ text: '…', font: ellipsisFont, color, x: end, fauxBold: false });
    kept[kept.length - 1] = { runs, width: end + ellipsis };
    return {
      lines: kept,
      size: full.size,
      lineHeight: full.lineHeight,
      height: kept.length * full.lineHeight,
      width: kept.reduce((w, l) => Math.max(w, l.width), 0),
    };
  };

  const draw = (
    block: TextBlock,
    x: number,
    y: number,
    options?: { align?: Align; width?: number },
  ): void => {
    const { baseline } = metrics({ size: block.size, leading: block.lineHeight / block.size });
    const align = options?.align ?? 'left';
    const width = options?.width ?? block.width;
    block.lines.forEach((line, i) => {
      const offset =
        align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
      const lineY = y + i * block.lineHeight + baseline;
      probe?.line(doc.page, line.runs.map((r) => r.text).join(''), block.size);
      for (const run of line.runs) {
        doc.font(run.font).fontSize(block.size).fillColor(run.color);
        if (run.fauxBold) doc.lineWidth(block.size * 0.04).strokeColor(run.color);
        doc.text(
          run.text.includes(NBSP) ? run.text.replaceAll(NBSP, ' ') : run.text,
          x + offset + run.x,
          lineY,
          {
            lineBreak: false,
            baseline: 'alphabetic',
            stroke: run.fauxBold,
            fill: true,
          },
        );
      }
    });
  };

  return { layout, clamp, draw, slice };
}
