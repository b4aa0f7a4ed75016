/** The vocabulary of the report's text engine (text/engine.ts makes one). */
import type { Weight } from '../fonts/font-set.ts';

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
