import type { ReportContext } from './context.ts';

/**
 * An item's reference (2.3, S1) as a small grey tag, so a reader takes it for a label and
 * never for a score. Draws it with its top left at (x, y) and returns its width.
 */
export function refTag(ctx: ReportContext, ref: string, x: number, y: number): number {
  const { theme, doc } = ctx;
  const block = ctx.text.layout(ref, { size: theme.size.tiny, color: theme.colour.muted, leading: 1.2 }, 60);
  const width = block.width + 6;
  doc
    .save()
    .roundedRect(x, y, width, block.height + 1, 2)
    .lineWidth(0.5)
    .fillAndStroke(theme.colour.faint, theme.colour.rule)
    .restore();
  ctx.text.draw(block, x + 3, y + 0.5);
  return width;
}
