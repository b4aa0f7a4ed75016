import { percentBar } from '../../charts/percent-bar.ts';
import type { ReportContext } from '../../layout/context.ts';
import { measuredText } from '../../layout/measured.ts';
import { percentText } from '../../model/format.ts';
import type { PanelArea } from './level-panel.ts';

/**
 * The right of the summary's top band: each dimension's percent as a bar (the previous
 * audit's as a tick), with what the asterisk and the tick mean. Returns the bottom of what it drew.
 */
export function dimensionPanel(ctx: ReportContext, area: PanelArea): number {
  const { theme, input } = ctx;
  const { results } = input;
  const { colour, size } = theme;
  const { x, width } = area;
  let y = area.y;
  measuredText(ctx, 'Dimensions', { size: size.small, color: colour.muted }, width).draw(x, y);
  y += 14;
  const nameWidth = width * 0.58;
  const barWidth = width - nameWidth - 40;
  for (const d of results.dimensions) {
    const name = ctx.text.clamp(d.name, { size: size.small, color: colour.text }, nameWidth - 6, 1);
    ctx.text.draw(name, x, y);
    percentBar(
      ctx,
      { x: x + nameWidth, y: y + 2.5, width: barWidth, height: 6 },
      {
        percent: d.percent,
        tentative: d.insufficient,
        previous: input.previous?.results.dimensions.find((p) => p.id === d.id)?.percent,
      },
    );
    const figure = ctx.text.layout(
      d.percent === null ? '–' : percentText(d.percent) + (d.insufficient ? '*' : ''),
      { size: size.small, weight: 'bold', color: d.insufficient ? colour.muted : colour.text },
      38,
    );
    ctx.text.draw(figure, x + nameWidth + barWidth, y, { align: 'right', width: 40 });
    y += 17;
  }
  const footnote = (text: string): void => {
    const note = ctx.text.layout(text, { size: size.tiny, color: colour.muted }, width);
    ctx.text.draw(note, x, y + 2);
    y += note.height + 4;
  };
  if (results.dimensions.some((d) => d.insufficient)) {
    footnote('* insufficient: fewer than half of the statements answered; shown, but left out of the index.');
  }
  if (input.previous) footnote('The dark tick on each bar marks the previous audit.');
  return y;
}
