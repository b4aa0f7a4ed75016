import { dateText } from '../model/format.ts';
import type { ReportContext } from './context.ts';

/** The consultant's firm name for the footer, cut to a third of the line at most; empty when there is none. */
function firmText(ctx: ReportContext, style: { size: number; color: string }): string {
  const name = ctx.input.firm?.name ?? '';
  if (name === '') return '';
  const block = ctx.text.clamp(name, style, ctx.frame.width / 3, 1);
  return `${block.lines[0]?.runs.map((r) => r.text).join('') ?? ''} · `;
}

/**
 * Writes the running footer on every page but the cover, once all pages exist: organisation,
 * audit, date and instrument version (and Draft while the audit is in progress) on the left,
 * the consultant's firm (when the report carries one) and "Page n of N" on the right.
 */
export function footers(ctx: ReportContext): void {
  const { doc, theme, frame, input } = ctx;
  const { audit } = input.file;
  const range = doc.bufferedPageRange();
  const style = { size: theme.size.tiny, color: theme.colour.muted };
  const y = theme.page.height - theme.page.marginBottom + 26;
  const firm = firmText(ctx, style);
  const widestPage = ctx.text.layout(
    `${firm}Page ${range.count} of ${range.count}`,
    style,
    frame.width,
  ).width;
  // The organisation and title give way when space runs out; date and instrument version never do.
  const draft = audit.status === 'in-progress' ? ' · Draft' : '';
  const tail = ` · ${dateText(audit.date)} · ${input.instrument.name} ${input.instrument.version}${draft}`;
  const tailWidth = ctx.text.layout(tail, style, frame.width).width;
  const head = ctx.text.clamp(
    `${audit.organization} · ${audit.title}`,
    style,
    Math.max(40, frame.width - widestPage - 24 - tailWidth),
    1,
  );
  const left = ctx.text.layout(
    (head.lines[0]?.runs.map((r) => r.text).join('') ?? '') + tail,
    style,
    frame.width - widestPage - 12,
  );
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pageText = ctx.text.layout(`${firm}Page ${i + 1} of ${range.count}`, style, frame.width);
    doc
      .save()
      .moveTo(frame.left, y - 6)
      .lineTo(frame.right, y - 6)
      .lineWidth(0.5)
      .stroke(theme.colour.rule)
      .restore();
    ctx.text.draw(left, frame.left, y);
    ctx.text.draw(pageText, frame.right - pageText.width, y);
  }
}
