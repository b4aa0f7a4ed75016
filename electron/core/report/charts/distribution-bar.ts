import type { AnswerCounts } from '../../../../shared/scoring/distribution.ts';
import type { ReportContext } from '../layout/context.ts';
import { textOn } from '../layout/color.ts';

/**
 * A stacked horizontal bar of how the team answered one item, drawn as vector shapes, with
 * the count written in each segment wide enough to hold it. Not sure answers come last, outlined.
 */
export function distributionBar(
  ctx: ReportContext,
  area: { x: number; y: number; width: number; height: number },
  distribution: AnswerCounts,
): void {
  const { doc, theme } = ctx;
  const palette = theme.colour.scale(distribution.counts.length);
  const total = distribution.counts.reduce((a, b) => a + b, 0) + distribution.unsure;
  const { x, y, width, height } = area;
  if (total === 0) {
    doc
      .save()
      .rect(x, y, width, height)
      .lineWidth(0.5)
      .dash(2, { space: 2 })
      .stroke(theme.colour.rule)
      .restore();
    const label = ctx.text.layout('no answers', { size: theme.size.tiny, color: theme.colour.muted }, width);
    ctx.text.draw(label, x, y + (height - label.height) / 2, { align: 'center', width });
    return;
  }
  const segments = [
    ...distribution.counts.map((count, i) => ({
      count,
      fill: palette[i] ?? theme.colour.accent,
      unsure: false,
    })),
    { count: distribution.unsure, fill: theme.colour.unsure, unsure: true },
  ].filter((s) => s.count > 0);
  let left = x;
  for (const segment of segments) {
    const w = (segment.count / total) * width;
    doc.save();
    if (segment.unsure) {
      doc
        .rect(left + 0.25, y + 0.25, Math.max(0, w - 0.75), height - 0.5)
        .lineWidth(0.5)
        .stroke(theme.colour.muted);
    } else {
      doc.rect(left, y, Math.max(0, w - 0.5), height).fill(segment.fill);
    }
    doc.restore();
    const label = String(segment.count);
    const size = Math.min(theme.size.tiny, height * 0.8);
    const block = ctx.text.layout(
      label,
      { size, color: segment.unsure ? theme.colour.muted : textOn(segment.fill) },
      w,
    );
    if (block.width + 2 <= w)
      ctx.text.draw(block, left, y + (height - block.height) / 2, { align: 'center', width: w });
    left += w;
  }
}

/** One key of a legend: a filled swatch, an outlined one (fill null), a dashed line, or a label alone (text). */
export type LegendEntry = {
  readonly label: string;
  readonly fill: string | null;
  readonly outline?: string;
  readonly dashed?: boolean;
  /** Only the label, no swatch: the legend's own caption. */
  readonly text?: boolean;
};

/** One row of colour keys with labels (the answer scale, "this audit" against "previous audit"); returns its height. */
export function legend(
  ctx: ReportContext,
  area: { x: number; y: number; width: number },
  entries: readonly LegendEntry[],
): number {
  const { doc, theme } = ctx;
  const style = { size: theme.size.tiny, color: theme.colour.muted };
  const swatch = 8;
  let x = area.x;
  let y = area.y;
  const lineHeight = 12;
  for (const entry of entries) {
    const label = ctx.text.layout(entry.label, style, area.width);
    if (entry.text) {
      ctx.text.draw(label, x, y + (swatch + 2 - label.height) / 2);
      x += label.width + 8;
      continue;
    }
    const w = swatch + 4 + label.width + 12;
    if (x + w > area.x + area.width && x > area.x) {
      x = area.x;
      y += lineHeight;
    }
    doc.save();
    if (entry.dashed) {
      doc
        .moveTo(x, y + swatch / 2 + 1)
        .lineTo(x + swatch + 4, y + swatch / 2 + 1)
        .lineWidth(1.2)
        .dash(2, { space: 1.5 })
        .stroke(entry.outline ?? theme.colour.muted);
    } else if (entry.fill === null) {
      doc
        .rect(x + 0.25, y + 1.25, swatch - 0.5, swatch - 0.5)
        .lineWidth(0.5)
        .stroke(entry.outline ?? theme.colour.muted);
    } else {
      doc.rect(x, y + 1, swatch, swatch).fill(entry.fill);
      if (entry.outline)
        doc
          .rect(x, y + 1, swatch, swatch)
          .lineWidth(1)
          .stroke(entry.outline);
    }
    doc.restore();
    ctx.text.draw(label, x + swatch + (entry.dashed ? 8 : 4), y + (swatch + 2 - label.height) / 2);
    x += w + (entry.dashed ? 4 : 0);
  }
  return y + lineHeight - area.y;
}
