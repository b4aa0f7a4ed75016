import { LEVEL_STARTS, LEVELS, nextLevel, type Level } from '../../../../shared/scoring/levels.ts';
import { roundForDisplay } from '../../../../shared/scoring/numbers.ts';
import { mix, textOn } from '../layout/color.ts';
import type { ReportContext } from '../layout/context.ts';

/** Each level's band on the 0–100 scale: from where it starts to where the next one does. */
const BANDS = LEVELS.map((level) => ({
  level,
  from: LEVEL_STARTS[level],
  to: nextLevel(level)?.from ?? 100,
}));

/**
 * The four readiness levels as bands on a 0–100 scale, the index marked on it and the level
 * reached outlined, so a reader sees at once how far the index is from the next level and
 * when a cap holds the level below the index's band. Returns the height used.
 */
export function levelScale(
  ctx: ReportContext,
  area: { x: number; y: number; width: number },
  value: { index: number; level: Level },
): number {
  const { doc, theme } = ctx;
  const { x, width } = area;
  const top = area.y + 16;
  const barHeight = 16;
  const label = (text: string, size: number, color: string, w: number) =>
    ctx.text.layout(text, { size, color }, w);
  // The index marker above the bar.
  const clamped = Math.max(0, Math.min(100, value.index));
  const mx = x + (clamped / 100) * width;
  doc
    .save()
    .moveTo(mx - 4, top - 7)
    .lineTo(mx + 4, top - 7)
    .lineTo(mx, top - 1)
    .closePath()
    .fill(theme.colour.text)
    .restore();
  const indexLabel = label(`index ${roundForDisplay(value.index)}`, theme.size.tiny, theme.colour.muted, 60);
  ctx.text.draw(indexLabel, Math.min(Math.max(x, mx - 30), x + width - 60), area.y - 2, {
    align: 'center',
    width: 60,
  });
  const reached = LEVELS.indexOf(value.level);
  BANDS.forEach((band, i) => {
    const bx = x + (band.from / 100) * width;
    const bw = ((band.to - band.from) / 100) * width;
    const fill = mix(theme.colour.accent, '#ffffff', 0.8 - i * 0.2);
    doc
      .save()
      .rect(bx, top, bw - 1, barHeight)
      .fill(fill)
      .restore();
    if (i === reached) {
      doc
        .save()
        .rect(bx - 0.5, top - 0.5, bw, barHeight + 1)
        .lineWidth(1.6)
        .stroke(theme.colour.text)
        .restore();
    }
    const name = label(band.level, theme.size.tiny, textOn(fill), bw - 2);
    ctx.text.draw(name, bx, top + (barHeight - name.height) / 2, { align: 'center', width: bw - 1 });
    const tick = label(String(band.from), theme.size.tiny, theme.colour.muted, 30);
    ctx.text.draw(tick, bx, top + barHeight + 2);
  });
  const end = label('100', theme.size.tiny, theme.colour.muted, 30);
  ctx.text.draw(end, x + width - 30, top + barHeight + 2, { align: 'right', width: 30 });
  return 16 + barHeight + 2 + end.height;
}
