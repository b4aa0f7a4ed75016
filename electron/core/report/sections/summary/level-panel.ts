import { nextLevel, type Level } from '../../../../../shared/scoring/levels.ts';
import { formatNumber, roundForDisplay } from '../../../../../shared/scoring/numbers.ts';
import { levelScale } from '../../charts/level-scale.ts';
import type { ReportContext } from '../../layout/context.ts';
import { measuredText } from '../../layout/measured.ts';
import type { Span } from '../../layout/text.ts';
import { dateText, percentText } from '../../model/format.ts';
import { provisionalText } from '../../model/status.ts';

/** Where a panel of the summary's top band goes: its left edge, top and width. */
export type PanelArea = { readonly x: number; readonly y: number; readonly width: number };

/**
 * When display rounding lifts the index onto the next level's start (39.99 shows as 40 %
 * but is Not ready), says so, so the printed number and the level never seem to disagree.
 */
function roundingEdge(index: number, level: Level | null): string | null {
  const next = level === null ? null : nextLevel(level);
  if (next === null || roundForDisplay(index) < next.from) return null;
  return `Before rounding the index is ${formatNumber(index, 2)}, just below the ${next.from} that ${next.level} needs.`;
}

/**
 * The left of the summary's top band: the level (or that there is none), the index, whether
 * the level is provisional or capped, the previous audit and the level scale. Returns the
 * bottom of what it drew.
 */
export function levelPanel(ctx: ReportContext, area: PanelArea): number {
  const { theme, input } = ctx;
  const { results } = input;
  const { colour, size } = theme;
  const { x, width } = area;
  let y = area.y;
  const provisional = provisionalText(results, ctx.people, 6);
  const labelSpans: Span[] = [{ text: 'Readiness level', color: colour.muted }];
  if (provisional && results.level !== null)
    labelSpans.push({ text: ' · provisional', weight: 'bold', color: colour.warning });
  measuredText(ctx, labelSpans, { size: size.small }, width).draw(x, y);
  y += 13;
  const note = (text: string, color: string, weight: 'regular' | 'bold' = 'regular'): void => {
    const block = measuredText(ctx, text, { size: size.small, color, weight }, width);
    block.draw(x, y);
    y += block.height + 4;
  };
  if (results.level !== null && results.index !== null) {
    const level = measuredText(
      ctx,
      results.level,
      { size: 26, weight: 'bold', color: colour.accentText, leading: 1.1 },
      width,
    );
    level.draw(x, y);
    y += level.height + 2;
    const index = measuredText(
      ctx,
      [
        { text: 'Readiness index ', color: colour.muted },
        { text: percentText(results.index), weight: 'bold', color: colour.text },
      ],
      { size: size.body + 1 },
      width,
    );
    index.draw(x, y);
    y += index.height + 4;
    if (provisional) note(provisional, colour.warning);
    if (results.levelFromIndex !== null && results.levelFromIndex !== results.level) {
      note(
        `The index alone would give ${results.levelFromIndex}; ${results.caps.length === 1 ? 'a cap holds' : 'caps hold'} the level at ${results.level}.`,
        colour.text,
      );
    }
    const before = input.previous;
    if (before && before.results.index !== null && before.results.level !== null) {
      note(
        `Previous audit (${dateText(before.file.audit.date)}): ${before.results.level}, index ${percentText(before.results.index)}.`,
        colour.muted,
      );
    }
    const edge = roundingEdge(results.index, results.levelFromIndex);
    if (edge) note(edge, colour.text);
    y += 8;
    y += levelScale(ctx, { x, y, width }, { index: results.index, level: results.level });
  } else {
    const none = measuredText(
      ctx,
      'No level',
      { size: 26, weight: 'bold', color: colour.muted, leading: 1.1 },
      width,
    );
    none.draw(x, y);
    y += none.height + 4;
    const why = measuredText(
      ctx,
      'There is no readiness index: no dimension has enough answers. A dimension counts once at least half of its statements are answered, so this report does not put a level on the audit.',
      { size: size.small + 0.5, color: colour.text },
      width,
    );
    why.draw(x, y);
    y += why.height + 4;
    if (provisional) note(provisional, colour.warning);
  }
  return y;
}
