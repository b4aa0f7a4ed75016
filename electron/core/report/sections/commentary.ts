import type { AuditFile } from '../../../../shared/audit-file/schema.ts';
import { paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { measuredText } from '../layout/measured.ts';
import { ensureSpace, moveDown } from '../layout/page.ts';

/** The consultant's commentary on the summary page, or null when there is none. */
export function summaryCommentaryOf(file: AuditFile): string | null {
  const text = file.commentary?.summary ?? '';
  return text.trim() === '' ? null : text.trim();
}

/** The consultant's commentary on one dimension, or null when there is none. */
export function dimensionCommentaryOf(file: AuditFile, dimensionId: string): string | null {
  const text = file.commentary?.dimensions?.find((c) => c.dimension === dimensionId)?.text ?? '';
  return text.trim() === '' ? null : text.trim();
}

/**
 * The consultant's words at the cursor: a small label (with the facilitator's name when the
 * audit has one) and the text, its line breaks kept, flowing across pages when it is long.
 */
export function commentaryBlock(ctx: ReportContext, title: string, text: string): void {
  const { theme, frame, input } = ctx;
  const facilitator = input.file.audit.facilitator?.trim() ?? '';
  const label = measuredText(
    ctx,
    [
      { text: title, weight: 'bold', color: theme.colour.accentText },
      ...(facilitator === '' ? [] : [{ text: `  ·  ${facilitator}`, color: theme.colour.muted }]),
    ],
    { size: theme.size.small + 0.5 },
    frame.width,
    1,
  );
  const body = { size: theme.size.body, leading: 1.4 };
  // The label never ends a page: it keeps two lines of the text under it.
  ensureSpace(ctx, label.height + 4 + 2 * theme.size.body * 1.4);
  label.draw(frame.left, frame.y);
  moveDown(ctx, label.height + 4);
  paragraph(ctx, text, body, { after: 10 });
}
