import type { ReportContext } from './context.ts';

/**
 * Joins the content of a finished page into one buffer. The report keeps every page until
 * the end (the footers need the page count, the contents list every section's page), and
 * pdfkit holds each drawing operation of a kept page as its own small buffer: a 5,000-person
 * appendix held 1.6 GB of them. Joined, a page costs its bytes. If pdfkit ever stores pages
 * differently this does nothing, and the report is still right.
 */
export function compactContent(doc: PDFKit.PDFDocument): void {
  const content = (doc.page as { content?: { buffer?: unknown } } | undefined)?.content;
  const chunks = content?.buffer;
  if (content && Array.isArray(chunks) && chunks.length > 1 && chunks.every((c) => c instanceof Uint8Array)) {
    content.buffer = [Buffer.concat(chunks)];
  }
}

/** Starts a new page and puts the cursor at the top of its content box. */
export function addPage(ctx: ReportContext): void {
  const { page } = ctx.theme;
  compactContent(ctx.doc);
  ctx.doc.addPage({
    size: [page.width, page.height],
    margins: { top: page.marginTop, bottom: page.marginBottom, left: page.marginX, right: page.marginX },
  });
  ctx.frame.y = ctx.frame.top;
}

/** True when nothing has been drawn below the top of the current page yet. */
export function atPageTop(ctx: ReportContext): boolean {
  return ctx.frame.y <= ctx.frame.top + 0.5;
}

/** Space left on the current page below the cursor. */
export function spaceLeft(ctx: ReportContext): number {
  return ctx.frame.bottom - ctx.frame.y;
}

/** Usable height of a whole page. */
export function pageBodyHeight(ctx: ReportContext): number {
  return ctx.frame.bottom - ctx.frame.top;
}

/**
 * Moves to a new page unless `height` still fits below the cursor. Never leaves an empty
 * page behind: at the top of a page it stays, even if the block is taller than the page.
 */
export function ensureSpace(ctx: ReportContext, height: number): void {
  if (ctx.frame.y + height > ctx.frame.bottom + 0.01 && !atPageTop(ctx)) addPage(ctx);
}

/**
 * Starts a chapter on a fresh page (unless the current one is still empty). A chapter that
 * may follow on (`followOn`) starts on the current page when at least half of it is still
 * free: a short tail of the chapter before never leaves a page mostly empty.
 */
export function startChapter(ctx: ReportContext, options: { followOn?: boolean } = {}): void {
  if (atPageTop(ctx)) return;
  if (options.followOn && spaceLeft(ctx) >= pageBodyHeight(ctx) / 2) return;
  addPage(ctx);
}

/** Moves the cursor down, without crossing the bottom of the page. */
export function moveDown(ctx: ReportContext, height: number): void {
  ctx.frame.y = Math.min(ctx.frame.y + height, ctx.frame.bottom);
}
