import { fontSource, loadFont, type FontKey, type LoadedFont } from './font-files.ts';

/** Regular body text or bold headings and labels. */
export type Weight = 'regular' | 'bold';

/** Picks, per code point, the embedded font that can draw it. */
export type FontSet = {
  /** The registered pdfkit font name to draw this code point in. */
  readonly fontFor: (codePoint: number, weight: Weight) => string;
  /** The main font of a weight, for spaces and for code points no font has. */
  readonly primary: (weight: Weight) => string;
  /** True when some embedded font can draw the code point. */
  readonly covers: (codePoint: number) => boolean;
};

const NAMES: Record<FontKey, string> = { regular: 'rc-regular', bold: 'rc-bold', fallback: 'rc-cjk' };

/**
 * Registers the report fonts with a document. The CJK fallback (3 MB) is read and registered
 * only when a text actually needs it, so most reports never touch it.
 */
export function fontSetFor(doc: PDFKit.PDFDocument, dir: string): FontSet {
  const main: Record<Weight, LoadedFont> = { regular: loadFont(dir, 'regular'), bold: loadFont(dir, 'bold') };
  doc.registerFont(NAMES.regular, fontSource(main.regular));
  doc.registerFont(NAMES.bold, fontSource(main.bold));
  let fallback: LoadedFont | null = null;
  const memo: Record<Weight, Map<number, string>> = { regular: new Map(), bold: new Map() };

  const primary = (weight: Weight): string => NAMES[weight];
  const fontFor = (codePoint: number, weight: Weight): string => {
    // Latin-1 and Latin Extended A/B are always in Noto Sans.
    if (codePoint < 0x250) return NAMES[weight];
    const known = memo[weight].get(codePoint);
    if (known) return known;
    let name: string = NAMES[weight];
    if (!main[weight].covers(codePoint)) {
      if (!fallback) {
        fallback = loadFont(dir, 'fallback');
        doc.registerFont(NAMES.fallback, fontSource(fallback));
      }
      if (fallback.covers(codePoint)) name = NAMES.fallback;
    }
    memo[weight].set(codePoint, name);
    return name;
  };
  const covers = (codePoint: number): boolean => {
    if (codePoint < 0x250 || main.regular.covers(codePoint)) return true;
    fontFor(codePoint, 'regular');
    return fallback?.covers(codePoint) ?? false;
  };
  return { fontFor, primary, covers };
}
