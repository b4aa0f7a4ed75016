import type { ReportContext } from './context.ts';
import { ensureSpace, moveDown } from './page.ts';
import type { RichText, TextBlock, TextStyle } from './text.ts';

/** Something whose height is known before it is drawn, so a section can decide where it goes. */
export type Measured = { readonly height: number; readonly draw: (x: number, y: number) => void };

/** A text block as a Measured. */
export function measuredText(
  ctx: ReportContext,
  text: RichText,
  style: TextStyle,
  width: number,
  maxLines?: number,
): Measured & { readonly block: TextBlock } {
  const block =
    maxLines === undefined
      ? ctx.text.layout(text, style, width)
      : ctx.text.clamp(text, style, width, maxLines);
  return { block, height: block.height, draw: (x, y) => ctx.text.draw(block, x, y) };
}

/** Measured parts one under the other, with a gap between them. */
export function stack(parts: readonly Measured[], spacing = 0): Measured {
  const height = parts.reduce((h, p) => h + p.height, 0) + spacing * Math.max(0, parts.length - 1);
  return {
    height,
    draw: (x, y) => {
      let top = y;
      for (const part of parts) {
        part.draw(x, top);
        top += part.height + spacing;
      }
    },
  };
}

/** Places a measured part at the cursor, on the next page if it does not fit on this one. */
export function place(ctx: ReportContext, part: Measured, after = 0): void {
  ensureSpace(ctx, part.height);
  part.draw(ctx.frame.left, ctx.frame.y);
  moveDown(ctx, part.height + after);
}
