import { splitsOnly } from '../../../../../shared/scoring/splits.ts';
import { distributionBar } from '../../charts/distribution-bar.ts';
import type { ReportContext } from '../../layout/context.ts';
import { measuredText, stack, type Measured } from '../../layout/measured.ts';
import type { ItemFacts } from '../../model/audit-facts.ts';
import { twoDecimals } from '../../model/format.ts';

/** The statements that split the team most, by the reveal's rule (shared/scoring/splits.ts). */
export function biggestSplits(ctx: ReportContext): ItemFacts[] {
  return splitsOnly([...ctx.facts.values()], (f) => f.result);
}

/** One split statement: its text, reference, dimension, spread and its answers as a bar. */
export function splitItem(ctx: ReportContext, facts: ItemFacts): Measured {
  const { theme, frame } = ctx;
  const barWidth = 120;
  const textWidth = frame.width - barWidth - 14;
  const dimension = ctx.input.instrument.dimensions.find((d) => d.items.some((s) => s.id === facts.id));
  const text = measuredText(
    ctx,
    facts.text,
    { size: theme.size.small + 0.5, color: theme.colour.text },
    textWidth,
    2,
  );
  const range = facts.result.range ?? 0;
  const low = facts.counts.findIndex((c) => c > 0) + 1;
  const meta = measuredText(
    ctx,
    [
      { text: facts.label, weight: 'bold', color: theme.colour.muted },
      {
        text: ` · ${dimension?.name ?? ''} · sd ${twoDecimals(facts.result.sd)} · answers from ${low} to ${low + range} of 5`,
        color: theme.colour.muted,
      },
    ],
    { size: theme.size.tiny },
    textWidth,
    1,
  );
  const body = stack([text, meta], 1);
  return {
    height: Math.max(body.height, 14),
    draw: (x, y) => {
      body.draw(x, y);
      distributionBar(ctx, { x: frame.right - barWidth, y: y + 2, width: barWidth, height: 10 }, facts);
    },
  };
}
