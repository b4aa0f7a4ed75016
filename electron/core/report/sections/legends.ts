import { scales } from '../../../../shared/instrument/scales.ts';
import type { SectionKind } from '../../../../shared/instrument/types.ts';
import { legend } from '../charts/distribution-bar.ts';
import type { ReportContext } from '../layout/context.ts';

/**
 * The key to the stacked answer bars of one kind of item: each scale value's colour with its
 * label, and the outlined Not sure. Drawn wherever such bars start, so no bar is left unexplained.
 * Returns the height it used.
 */
export function answerLegend(
  ctx: ReportContext,
  kind: SectionKind,
  area: { x: number; y: number; width: number },
): number {
  const { theme } = ctx;
  const scale = scales[kind];
  const palette = theme.colour.scale(scale.labels.length);
  return legend(ctx, area, [
    { label: 'Answers:', fill: null, text: true },
    ...scale.labels.map((label, i) => ({
      label: `${i + scale.min} ${label}`,
      fill: palette[i] ?? theme.colour.accent,
    })),
    { label: 'Not sure', fill: null },
  ]);
}
