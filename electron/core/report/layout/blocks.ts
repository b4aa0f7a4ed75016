import type { ReportContext } from './context.ts';
import { addPage, atPageTop, ensureSpace, moveDown, spaceLeft } from './page.ts';
import type { RichText, TextBlock, TextStyle } from './text.ts';

/** The body text style of the theme, with overrides. */
export function bodyStyle(ctx: ReportContext, overrides: Partial<TextStyle> = {}): TextStyle {
  return { size: ctx.theme.size.body, color: ctx.theme.colour.text, ...overrides };
}

/**
 * Draws a laid-out block at the cursor, breaking it across pages between lines and keeping
 * at least two lines together on each side of a break (no widows, no orphans).
 */
export function flowBlock(ctx: ReportContext, block: TextBlock, indent = 0): void {
  let from = 0;
  const total = block.lines.length;
  while (from < total) {
    const fit = Math.floor((spaceLeft(ctx) + 0.01) / block.lineHeight);
    let take = Math.min(fit, total - from);
    if (take < total - from) {
      // Keep two lines at the bottom and two at the top of the next page.
      if (total - from - take < 2) take = total - from - 2;
      if (take < 2 && !atPageTop(ctx)) take = 0;
    }
    if (take <= 0) {
      if (atPageTop(ctx)) take = Math.max(1, fit);
      else {
        addPage(ctx);
        continue;
      }
    }
    const part = ctx.text.slice(block, from, from + take);
    ctx.text.draw(part, ctx.frame.left + indent, ctx.frame.y);
    moveDown(ctx, part.height);
    from += take;
    if (from < total) addPage(ctx);
  }
}

/** A paragraph at the cursor, full width (less an indent), flowing across pages. */
export function paragraph(
  ctx: ReportContext,
  text: RichText,
  style: Partial<TextStyle> = {},
  options: { indent?: number; after?: number } = {},
): void {
  const indent = options.indent ?? 0;
  const block = ctx.text.layout(text, bodyStyle(ctx, style), ctx.frame.width - indent);
  flowBlock(ctx, block, indent);
  moveDown(ctx, options.after ?? ctx.theme.size.body * 0.6);
}

/** Vertical space, dropped at the top of a page. */
export function gap(ctx: ReportContext, height: number): void {
  if (!atPageTop(ctx)) moveDown(ctx, height);
}

/**
 * A heading that never ends a page: it moves to the next page unless `keepWithNext` points
 * of what follows fit under it. Level 1 and 2 headings go into the contents and the outline.
 */
export function heading(
  ctx: ReportContext,
  title: string,
  level: 1 | 2 | 3,
  options: { keepWithNext?: number; toc?: boolean; subtitle?: string } = {},
): void {
  const { theme } = ctx;
  const style: TextStyle =
    level === 1
      ? { size: theme.size.h1, weight: 'bold', color: theme.colour.accentText, leading: 1.2 }
      : level === 2
        ? { size: theme.size.h2, weight: 'bold', color: theme.colour.text, leading: 1.25 }
        : { size: theme.size.h3, weight: 'bold', color: theme.colour.text, leading: 1.3 };
  const block = ctx.text.layout(title, style, ctx.frame.width);
  const subtitle = options.subtitle
    ? ctx.text.layout(options.subtitle, bodyStyle(ctx, { color: theme.colour.muted }), ctx.frame.width)
    : null;
  const before = level === 1 ? 26 : level === 2 ? 16 : 9;
  const after = level === 1 ? 14 : level === 2 ? 7 : 4;
  const height = block.height + (subtitle ? subtitle.height + 2 : 0) + after;
  ensureSpace(ctx, before + height + (options.keepWithNext ?? 48));
  gap(ctx, before);
  const { frame, doc } = ctx;
  if (level !== 3 && options.toc !== false) {
    const destination = `section-${ctx.toc.length + 1}`;
    doc.addNamedDestination(destination, 'XYZ', frame.left, frame.y, null);
    const page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    ctx.toc.push({ title, level, page, destination });
    if (level === 1) doc.outline.addItem(title);
  }
  if (level === 1) {
    doc.save().rect(frame.left, frame.y, 28, 3).fill(theme.colour.accent).restore();
    moveDown(ctx, 10);
  }
  ctx.text.draw(block, frame.left, frame.y);
  moveDown(ctx, block.height);
  if (subtitle) {
    moveDown(ctx, 2);
    ctx.text.draw(subtitle, frame.left, frame.y);
    moveDown(ctx, subtitle.height);
  }
  moveDown(ctx, after);
}
