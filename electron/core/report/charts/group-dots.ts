import type { ReportContext } from '../layout/context.ts';

/** The marker of the n-th shown group: a shape and whether it is filled, so groups differ without colour. */
export type GroupMarker = {
  readonly shape: 'circle' | 'square' | 'diamond' | 'triangle';
  readonly filled: boolean;
};

const SHAPES: readonly GroupMarker['shape'][] = ['circle', 'square', 'diamond', 'triangle'];

/** The marker of the group at this position among the shown groups. */
export function groupMarker(position: number): GroupMarker {
  return { shape: SHAPES[position % SHAPES.length] ?? 'circle', filled: position < SHAPES.length };
}

/** Draws one marker centred on (x, y). */
export function drawMarker(ctx: ReportContext, marker: GroupMarker, x: number, y: number, r = 3.2): void {
  const { doc, theme } = ctx;
  doc.save();
  if (marker.shape === 'circle') doc.circle(x, y, r);
  else if (marker.shape === 'square') doc.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  else if (marker.shape === 'diamond')
    doc.polygon([x, y - r * 1.2], [x + r * 1.2, y], [x, y + r * 1.2], [x - r * 1.2, y]);
  else doc.polygon([x, y - r * 1.15], [x + r * 1.15, y + r * 0.85], [x - r * 1.15, y + r * 0.85]);
  if (marker.filled) doc.fill(theme.colour.accentText);
  else doc.lineWidth(1).fillAndStroke('#ffffff', theme.colour.accentText);
  doc.restore();
}

/**
 * A 0–100 track with one marker per group at its percent, and the span between the lowest
 * and the highest drawn as a bar (in the warning colour when it is a perception gap).
 */
export function groupDots(
  ctx: ReportContext,
  area: { x: number; y: number; width: number; height: number },
  points: readonly { readonly position: number; readonly percent: number }[],
  flagged: boolean,
): void {
  const { doc, theme } = ctx;
  const { x, y, width, height } = area;
  const mid = y + height / 2;
  const inset = 5;
  const at = (percent: number): number =>
    x + inset + (Math.max(0, Math.min(100, percent)) / 100) * (width - 2 * inset);
  doc
    .save()
    .moveTo(x + inset, mid)
    .lineTo(x + width - inset, mid)
    .lineWidth(0.6)
    .stroke(theme.colour.rule)
    .restore();
  for (const tick of [0, 50, 100]) {
    doc
      .save()
      .moveTo(at(tick), mid - 2.5)
      .lineTo(at(tick), mid + 2.5)
      .lineWidth(0.5)
      .stroke(theme.colour.rule)
      .restore();
  }
  if (points.length >= 2) {
    const values = points.map((p) => p.percent);
    const low = at(Math.min(...values));
    const high = at(Math.max(...values));
    doc
      .save()
      .moveTo(low, mid)
      .lineTo(high, mid)
      .lineWidth(2.4)
      .stroke(flagged ? theme.colour.warning : theme.colour.accentTint)
      .restore();
  }
  for (const p of points) drawMarker(ctx, groupMarker(p.position), at(p.percent), mid);
}
