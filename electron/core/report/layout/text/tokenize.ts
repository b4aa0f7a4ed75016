import type { FontSet, Weight } from '../../fonts/font-set.ts';
import type { RichText, TextStyle } from '../text.ts';
import { NBSP, type Segment } from './measure.ts';

/** A word (in one or more fonts) with the spaces after it, or a hard line break. */
export type Piece = {
  readonly segments: readonly Segment[];
  readonly spaces: string;
  readonly weight: Weight;
  readonly color: string;
  readonly hardBreak: boolean;
};

/** Ideographs, kana, Hangul and full-width forms: a line may break between any two of them. */
export function breaksAround(cp: number): boolean {
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

/** A word cut into runs of one font each (per-run font fallback); combining marks stay with their letter. */
export function segmentsOf(fonts: FontSet, word: string, weight: Weight): Segment[] {
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
}

/** Replaces the few symbols no font can draw with plain stand-ins; leaves everything else. */
function standIns(fonts: FontSet, text: string): string {
  if (SIMPLE_TEXT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 32;
    out += cp >= 0x2000 && !fonts.covers(cp) ? (STAND_INS[ch] ?? ch) : ch;
  }
  return out;
}

/**
 * Cuts rich text into pieces a line may break between: words with their trailing spaces,
 * single CJK characters, hard breaks; a line may also break after a hyphen or slash inside
 * a long word.
 */
export function tokenize(fonts: FontSet, rich: RichText, style: TextStyle): Piece[] {
  const spans = typeof rich === 'string' ? [{ text: rich }] : rich;
  const pieces: Piece[] = [];
  for (const span of spans) {
    const weight = span.weight ?? style.weight ?? 'regular';
    const color = span.color ?? style.color ?? '#000000';
    const text = standIns(fonts, span.text.normalize('NFC'))
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
        pieces.push({ segments: segmentsOf(fonts, word, weight), spaces, weight, color, hardBreak: false });
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
}
