import type { ReportContext } from '../layout/context.ts';

/**
 * A horizontal 0–100 bar: the filled part is the percent, a tick marks the earlier audit's
 * value when there is one. Insufficient results are drawn hatched-light so they do not read as firm.
 */
export function percentBar(
  ctx: ReportContext,
  area: { x: number; y: number; width: number; height: number },
  value: { percent: number | null; previous?: number | null; tentative?: boolean },
): void {
  const { doc, theme } = ctx;
  const { x, y, width, height } = area;
  doc.save().rect(x, y, width, height).fill(theme.colour.faint).restore();
  if (value.percent !== null) {
    const w = (Math.max(0, Math.min(100, value.percent)) / 100) * width;
    doc.save();
    if (value.tentative)
      doc
        .rect(x + 0.4, y + 0.4, Math.max(0, w - 0.8), height - 0.8)
        .lineWidth(0.8)
        .stroke(theme.colour.accent);
    else doc.rect(x, y, w, height).fill(theme.colour.accent);
    doc.restore();
  }
  if (value.previous !== undefined && value.previous !== null) {
    const px = x + (Math.max(0, Math.min(100, value.previous)) / 100) * width;
    doc
      .save()
      .moveTo(px, y - 2)
      .lineTo(px, y + height + 2)
      .lineWidth(1.2)
      .stroke(theme.colour.text)
      .restore();
  }
}
