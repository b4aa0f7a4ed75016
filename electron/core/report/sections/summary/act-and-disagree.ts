import type { ReportContext } from '../../layout/context.ts';
import { measuredText, type Measured } from '../../layout/measured.ts';
import { addPage, moveDown } from '../../layout/page.ts';
import { plural } from '../../model/format.ts';
import { planView } from '../../model/plan.ts';
import { summaryCommentaryOf } from '../commentary.ts';
import { answerLegend } from '../legends.ts';
import { drawHere } from './flow.ts';
import { agreedItem, planIntro, recommendationIntro, recommendedItem } from './plan-items.ts';
import { biggestSplits, splitItem } from './split-items.ts';

const HEADING_HEIGHT = 26;
const SPACING = 8;
const LEGEND_HEIGHT = 16;

/** A subheading of the summary with a rule under it. */
function subheading(ctx: ReportContext, title: string): void {
  const block = measuredText(
    ctx,
    title,
    { size: ctx.theme.size.h3 + 1, weight: 'bold', color: ctx.theme.colour.text },
    ctx.frame.width,
  );
  drawHere(ctx, block, 0);
  const { doc, frame, theme } = ctx;
  doc
    .save()
    .moveTo(frame.left, frame.y + 3)
    .lineTo(frame.right, frame.y + 3)
    .lineWidth(0.5)
    .stroke(theme.colour.rule)
    .restore();
  moveDown(ctx, 10);
}

/** A muted line under a list, saying how many more there are and where. */
function moreLine(ctx: ReportContext, text: string): void {
  const { colour, size } = ctx.theme;
  drawHere(ctx, measuredText(ctx, text, { size: size.small, color: colour.muted }, ctx.frame.width), 0);
}

/**
 * The rest of the summary page: where to act first (the team's plan, or while it has none the
 * first recommendations) and where the team disagrees most. They share what is left: up to
 * five actions and three splits, fewer when they would not fit (never fewer than three
 * actions and one split; on the next page when a long commentary leaves less room than that).
 */
export function actAndDisagree(ctx: ReportContext): void {
  const { frame, input } = ctx;
  const plan = planView(input.file, input.results);
  const fromPlan = plan.agreed.length > 0;
  const intro = fromPlan ? planIntro(ctx, plan.agreed) : recommendationIntro(ctx, plan.undecided.length);
  const actionBlocks = fromPlan
    ? plan.agreed.slice(0, 5).map((action, i) => agreedItem(ctx, action, i + 1))
    : plan.undecided.slice(0, 5).map((action, i) => recommendedItem(ctx, action, i + 1));
  const total = fromPlan ? plan.agreed.length : plan.undecided.length;
  const splits = biggestSplits(ctx);
  const splitBlocks = splits.slice(0, 3).map((f) => splitItem(ctx, f));
  const sum = (blocks: readonly Measured[]): number => blocks.reduce((h, b) => h + b.height + SPACING, 0);
  let actionCount = actionBlocks.length;
  let splitCount = splitBlocks.length;
  const splitsBlockHeight = (): number =>
    HEADING_HEIGHT + (splitCount > 0 ? LEGEND_HEIGHT + sum(splitBlocks.slice(0, splitCount)) : 24);
  const fits = (): boolean =>
    frame.y +
      HEADING_HEIGHT +
      intro.height +
      6 +
      sum(actionBlocks.slice(0, actionCount)) +
      24 +
      splitsBlockHeight() <=
    frame.bottom;
  while (!fits() && actionCount > 3) actionCount--;
  while (!fits() && splitCount > 1) splitCount--;
  // A long commentary above leaves too little room: the plan and the splits go on the next page.
  if (!fits() && summaryCommentaryOf(input.file)) addPage(ctx);

  subheading(ctx, 'Where to act first');
  drawHere(ctx, intro, 6);
  for (const block of actionBlocks.slice(0, actionCount)) drawHere(ctx, block, SPACING);
  if (total > actionCount) {
    const rest = total - actionCount;
    moreLine(
      ctx,
      fromPlan
        ? `${plural(rest, 'further action')} of the team’s plan ${rest === 1 ? 'is' : 'are'} in the action plan.`
        : `${plural(rest, 'further recommended action')} ${rest === 1 ? 'is' : 'are'} in the action plan.`,
    );
  }
  moveDown(ctx, 10);
  subheading(ctx, 'Where the team disagrees most');
  if (splitCount === 0) {
    drawHere(
      ctx,
      measuredText(
        ctx,
        'No statement split the team: on every statement the answers were close together.',
        { size: ctx.theme.size.body, color: ctx.theme.colour.text },
        frame.width,
      ),
      0,
    );
  } else {
    moveDown(ctx, answerLegend(ctx, 'statement', { x: frame.left, y: frame.y, width: frame.width }) + 4);
  }
  for (const block of splitBlocks.slice(0, splitCount)) drawHere(ctx, block, SPACING);
  if (splits.length > splitCount) {
    moreLine(
      ctx,
      `${splits.length} statements split the team in all; each is marked SPLIT in the dimension sections.`,
    );
  }
}
