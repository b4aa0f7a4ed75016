import type { ReportContext } from '../layout/context.ts';
import type { CoverSlot } from './cover.ts';

/**
 * The entries that fit in `room` lines: all of them, or without the level-2 entries of the
 * last chapters first, chapter by chapter (the dimensions, early on, are the ones a reader
 * looks for), or, if even that is too many, the level-1 entries alone.
 */
function fitting(toc: ReportContext['toc'], room: number): ReportContext['toc'] {
  let entries = [...toc];
  const chapterStarts = entries.flatMap((e, i) => (e.level === 1 ? [i] : []));
  for (let c = chapterStarts.length - 1; c >= 0 && entries.length > room; c--) {
    const from = chapterStarts[c] ?? 0;
    const to = chapterStarts[c + 1] ?? toc.length;
    const dropped = new Set(toc.slice(from, to).filter((e) => e.level === 2));
    entries = entries.filter((e) => !dropped.has(e));
  }
  return entries;
}

/**
 * The contents list on the cover, written last because only then is every section's page
 * known. Each entry links to its section; level-2 entries are dropped if they would not fit.
 */
export function contents(ctx: ReportContext, slot: CoverSlot): void {
  const { doc, theme, frame } = ctx;
  doc.switchToPage(0);
  let y = slot.contentsTop;
  const heading = ctx.text.layout(
    'Contents',
    { size: theme.size.h3 + 1, weight: 'bold', color: theme.colour.text },
    frame.width,
  );
  ctx.text.draw(heading, frame.left, y);
  y += heading.height + 8;
  const lineHeight = 15.5;
  const room = Math.floor((frame.bottom - y) / lineHeight);
  const entries = fitting(ctx.toc, room);
  for (const entry of entries.slice(0, room)) {
    const indent = entry.level === 1 ? 0 : 14;
    const style = {
      size: entry.level === 1 ? theme.size.body : theme.size.small + 0.5,
      weight: entry.level === 1 ? ('bold' as const) : ('regular' as const),
      color: entry.level === 1 ? theme.colour.text : theme.colour.muted,
    };
    const pageText = ctx.text.layout(String(entry.page + 1), style, 40);
    const title = ctx.text.clamp(entry.title, style, frame.width - indent - 60, 1);
    ctx.text.draw(title, frame.left + indent, y);
    ctx.text.draw(pageText, frame.right - 40, y, { align: 'right', width: 40 });
    // Dotted leader from the title to the page number.
    const from = frame.left + indent + title.width + 6;
    const to = frame.right - pageText.width - 6;
    if (to > from) {
      doc
        .save()
        .moveTo(from, y + title.height * 0.72)
        .lineTo(to, y + title.height * 0.72)
        .lineWidth(0.6)
        .dash(0.6, { space: 2.4 })
        .stroke(theme.colour.rule)
        .restore();
    }
    doc.goTo(frame.left, y, frame.width, title.height, entry.destination);
    y += lineHeight;
  }
}
