import type { FontSet } from '../../fonts/font-set.ts';
import type { ReportProbe } from '../../types.ts';
import type { TextEngine } from '../text.ts';
import { clampText, sliceBlock } from './cut.ts';
import { drawBlock } from './draw.ts';
import { layoutText } from './layout.ts';
import { textKit } from './measure.ts';

/**
 * Creates the text engine of one document. It draws text as given: an anonymous report has
 * its participants' names replaced in what people typed before any section sees it. Each
 * job has its own file under text/: tokenizing, line breaking, cutting, drawing.
 */
export function createTextEngine(doc: PDFKit.PDFDocument, fonts: FontSet, probe?: ReportProbe): TextEngine {
  const kit = textKit(doc, fonts);
  return {
    layout: (text, style, maxWidth) => layoutText(kit, text, style, maxWidth),
    clamp: (text, style, maxWidth, maxLines) => clampText(kit, text, style, maxWidth, maxLines),
    draw: (block, x, y, options) => drawBlock(kit, probe, block, x, y, options),
    slice: sliceBlock,
  };
}
