import type { LaidLine, RichText, TextBlock, TextStyle } from '../text.ts';
import { layoutText } from './layout.ts';
import type { TextKit } from './measure.ts';

/** The widest of some lines. */
function widest(lines: readonly LaidLine[]): number {
  return lines.reduce((w, l) => Math.max(w, l.width), 0);
}

/** The lines `from` (inclusive) to `to` (exclusive) of a block, as a block of their own. */
export function sliceBlock(block: TextBlock, from: number, to: number): TextBlock {
  const lines = block.lines.slice(from, to);
  return { ...block, lines, height: lines.length * block.lineHeight, width: widest(lines) };
}

/** Like layoutText, but at most `maxLines` lines, the last one ending in an ellipsis when cut. */
export function clampText(
  kit: TextKit,
  rich: RichText,
  style: TextStyle,
  maxWidth: number,
  maxLines: number,
): TextBlock {
  const { fonts, measure } = kit;
  const full = layoutText(kit, rich, style, maxWidth);
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
    width: widest(kept),
  };
}
