import type { ReportContext } from '../../layout/context.ts';
import type { Measured } from '../../layout/measured.ts';
import { moveDown } from '../../layout/page.ts';

/** Draws a measured block at the cursor, full width, and moves the cursor below it and `after` more. */
export function drawHere(ctx: ReportContext, block: Measured, after: number): void {
  block.draw(ctx.frame.left, ctx.frame.y);
  moveDown(ctx, block.height + after);
}
