import type { ReportContext } from '../layout/context.ts';

/**
 * A small 0–100 line chart of one series over the audits, oldest to newest: a faint band
 * with the 50 % line, one point per audit (hollow where the figure is tentative, none where
 * there is none), the line joining the points that have a figure.
 */
export function trendLine(
  ctx: ReportContext,
  area: { x: number; y: number; width: number; height: number },
  points: readonly { readonly percent: number | null; readonly tentative?: boolean }[],
): void {
  const { doc, theme } = ctx;
  const { x, y, width, height } = area;
  const pad = 4;
  const px = (i: number) =>
    points.length === 1 ? x + width / 2 : x + pad + (i / (points.length - 1)) * (width - 2 * pad);
  const py = (percent: number) => y + height - (Math.max(0, Math.min(100, percent)) / 100) * height;
  doc.save().rect(x, y, width, height).fill(theme.colour.faint).restore();
  doc
    .save()
    .moveTo(x, py(50))
    .lineTo(x + width, py(50))
    .lineWidth(0.4)
    .dash(1.5, { space: 1.5 })
    .stroke(theme.colour.rule)
    .restore();
  const drawn = points.flatMap((p, i) => (p.percent === null ? [] : [{ ...p, x: px(i), y: py(p.percent) }]));
  if (drawn.length > 1) {
    doc.save().moveTo(drawn[0]!.x, drawn[0]!.y);
    for (const p of drawn.slice(1)) doc.lineTo(p.x, p.y);
    doc.lineWidth(1.3).stroke(theme.colour.accent).restore();
  }
  for (const p of drawn) {
    doc.save().circle(p.x, p.y, 2.2);
    if (p.tentative) doc.lineWidth(0.8).fillAndStroke('#ffffff', theme.colour.accent);
    else doc.fill(theme.colour.accent);
    doc.restore();
  }
}
