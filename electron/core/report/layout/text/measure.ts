import type { FontSet } from '../../fonts/font-set.ts';
import type { TextStyle } from '../text.ts';

/** The no-break space the tokenizer puts before "%"; pdfkit measures and draws it as a space. */
export const NBSP = '\u00a0';

/** Text in one font: the unit text is measured and drawn in. */
export type Segment = { readonly text: string; readonly font: string };

/** What every job of the text engine shares: the document, its fonts and the width of a string. */
export type TextKit = {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: FontSet;
  /** Width at size 1 of text in one font, remembered per font and text. */
  readonly measure: (text: string, font: string) => number;
};

/** The kit of one document: widths are asked of pdfkit once per font and text. */
export function textKit(doc: PDFKit.PDFDocument, fonts: FontSet): TextKit {
  const widths = new Map<string, Map<string, number>>();
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
  return { doc, fonts, measure };
}

/** Line height and baseline position shared by layout and drawing. */
export function metrics(style: TextStyle): { lineHeight: number; baseline: number } {
  const lineHeight = style.size * (style.leading ?? 1.38);
  // Half-leading around a 1.0 em box whose ascent is 0.76 em (Noto Sans).
  return { lineHeight, baseline: (lineHeight - style.size) / 2 + style.size * 0.76 };
}
