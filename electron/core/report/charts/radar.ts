import { percentText } from '../model/format.ts';
import type { ReportContext } from '../layout/context.ts';

/** The rings of the grid, in percent. */
export const RINGS = [25, 50, 75, 100] as const;

/** Where the radar sits and how many spokes it has. */
export type RadarGeometry = {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly count: number;
};

/** A label's box: top left corner and size. */
export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/**
 * Where each ring's label (25, 50, 75, 100) goes: between the first two spokes, just inside
 * its ring, clear of the ring's line and of the spokes, so no number sits on a line. The
 * innermost ring needs a radius of 25 pt or so for its label (the report's radar has 28).
 */
export function ringLabelBoxes(
  geometry: RadarGeometry,
  sizes: readonly { readonly width: number; readonly height: number }[],
): Box[] {
  const { cx, cy, radius, count } = geometry;
  const half = Math.PI / count;
  // The bisector of the first two spokes (the first points straight up).
  const theta = -Math.PI / 2 + half;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  return RINGS.map((ring, i) => {
    const size = sizes[i] ?? { width: 0, height: 0 };
    // The ring's edge crosses the bisector at r·cos(π/n); keep the box's half extent and a gap inside it.
    const extent = Math.abs((size.width / 2) * cos) + Math.abs((size.height / 2) * sin);
    const along = (ring / 100) * radius * Math.cos(half) - extent - 1.5;
    return {
      x: cx + along * cos - size.width / 2,
      y: cy + along * sin - size.height / 2,
      width: size.width,
      height: size.height,
    };
  });
}

/** One spoke of the radar: a dimension and its percent (null when unanswered). */
export type RadarAxis = {
  readonly name: string;
  readonly percent: number | null;
  readonly insufficient: boolean;
  /** The earlier audit's percent, when this audit is a re-assessment. */
  readonly previous?: number | null;
};

/**
 * The seven dimensions as a radar drawn with vector paths: rings at 25/50/75/100, every spoke
 * labelled with the dimension's name and percent, the earlier audit dashed underneath.
 * Insufficient dimensions get a hollow point.
 */
export function radarChart(
  ctx: ReportContext,
  area: { x: number; y: number; width: number; height: number },
  axes: readonly RadarAxis[],
  options: { showPrevious: boolean },
): void {
  const { doc, theme } = ctx;
  const labelWidth = 96;
  const labelHeight = 30;
  const radius = Math.min(area.width / 2 - labelWidth - 8, area.height / 2 - labelHeight - 6);
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2 + 4;
  const count = axes.length;
  const angle = (i: number): number => -Math.PI / 2 + (i * 2 * Math.PI) / count;
  const point = (i: number, percent: number): [number, number] => {
    const r = (Math.max(0, Math.min(100, percent)) / 100) * radius;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  };

  // Grid: rings and spokes.
  doc.save().lineWidth(0.5).strokeColor(theme.colour.rule);
  for (const ring of RINGS) {
    const points = axes.map((_, i) => point(i, ring));
    doc.polygon(...points).stroke();
  }
  axes.forEach((_, i) => {
    const [px, py] = point(i, 100);
    doc.moveTo(cx, cy).lineTo(px, py).stroke();
  });
  doc.restore();
  const ringLabels = RINGS.map((ring) =>
    ctx.text.layout(String(ring), { size: 6, color: theme.colour.muted }, 20),
  );
  const boxes = ringLabelBoxes(
    { cx, cy, radius, count },
    ringLabels.map((l) => ({ width: l.width, height: l.height })),
  );
  ringLabels.forEach((label, i) => {
    const box = boxes[i];
    if (box) ctx.text.draw(label, box.x, box.y);
  });

  // The earlier audit, dashed, under this audit's shape.
  if (options.showPrevious && axes.some((a) => a.previous !== undefined && a.previous !== null)) {
    const points = axes.map((a, i) => point(i, a.previous ?? 0));
    doc
      .save()
      .polygon(...points)
      .lineWidth(1.1)
      .dash(3, { space: 2 })
      .stroke(theme.colour.muted)
      .restore();
  }

  const points = axes.map((a, i) => point(i, a.percent ?? 0));
  doc
    .save()
    .polygon(...points)
    .fillOpacity(0.16)
    .fill(theme.colour.accent)
    .restore();
  doc
    .save()
    .polygon(...points)
    .lineWidth(1.6)
    .lineJoin('round')
    .stroke(theme.colour.accent)
    .restore();
  axes.forEach((a, i) => {
    if (a.percent === null) return;
    const [px, py] = points[i] ?? [cx, cy];
    doc.save().circle(px, py, 2.6);
    if (a.insufficient) doc.lineWidth(1).fillAndStroke('#ffffff', theme.colour.accent);
    else doc.fill(theme.colour.accent);
    doc.restore();
  });

  // Labels outside the rim: name, then the percent (or why there is none).
  axes.forEach((a, i) => {
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const ax = cx + (radius + 9) * cos;
    const ay = cy + (radius + 9) * sin;
    const figure =
      a.percent === null
        ? 'no answers'
        : `${percentText(a.percent)}${a.insufficient ? ' (insufficient)' : ''}`;
    const block = ctx.text.layout(
      [
        { text: a.name + '\n', weight: 'regular', color: theme.colour.text },
        {
          text: figure,
          weight: 'bold',
          color: a.insufficient ? theme.colour.muted : theme.colour.accentText,
        },
      ],
      { size: theme.size.small - 0.5, leading: 1.22 },
      labelWidth,
    );
    let x: number;
    let align: 'left' | 'right' | 'center';
    if (Math.abs(cos) < 0.25) {
      align = 'center';
      x = ax - labelWidth / 2;
    } else if (cos > 0) {
      align = 'left';
      x = ax;
    } else {
      align = 'right';
      x = ax - labelWidth;
    }
    let y: number;
    if (sin < -0.9) y = ay - block.height - 2;
    else if (sin > 0.9) y = ay + 2;
    else y = ay - block.height / 2 + sin * block.height * 0.45;
    ctx.text.draw(block, x, y, { align, width: labelWidth });
  });
}
