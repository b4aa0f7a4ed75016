import { heading } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { measuredText } from '../layout/measured.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import { commentaryBlock, summaryCommentaryOf } from './commentary.ts';
import { actAndDisagree } from './summary/act-and-disagree.ts';
import { capsBox } from './summary/caps-box.ts';
import { dimensionPanel } from './summary/dimension-panel.ts';
import { drawHere } from './summary/flow.ts';
import { levelPanel } from './summary/level-panel.ts';
import { perceptionText } from './summary/perception-line.ts';
import { consensusText, signsText } from './summary/signs-and-consensus.ts';

/**
 * The executive summary, on one page: where the company stands (level, index, dimensions,
 * whether the level is still provisional), why the level is capped, which failure signs are
 * present and what the team agreed in consensus, the largest perception gap between role
 * groups (when the audit has groups), the team's plan (or, while it has none, the
 * first recommendations) and where the team disagrees. The consultant's commentary, when
 * there is one, comes before the plan. Each part is drawn by its own file under summary/.
 */
export function summary(ctx: ReportContext): void {
  const { theme, frame } = ctx;
  startChapter(ctx);
  heading(ctx, 'Executive summary', 1, { keepWithNext: 200 });

  // Top band: the level on the left, the dimensions on the right.
  const top = frame.y;
  const leftWidth = frame.width * 0.44;
  const rightX = frame.left + leftWidth + 26;
  const left = levelPanel(ctx, { x: frame.left, y: top, width: leftWidth });
  const right = dimensionPanel(ctx, { x: rightX, y: top, width: frame.right - rightX });
  moveDown(ctx, Math.max(left, right) - top + 14);

  capsBox(ctx);

  // The failure signs present and the consensus recorded: never left for the reader to infer.
  const factStyle = { size: theme.size.small + 0.5, color: theme.colour.text };
  drawHere(ctx, measuredText(ctx, signsText(ctx), factStyle, frame.width, 5), 4);
  const perception = perceptionText(ctx);
  drawHere(ctx, measuredText(ctx, consensusText(ctx), factStyle, frame.width, 3), perception ? 4 : 12);
  if (perception) drawHere(ctx, measuredText(ctx, perception, factStyle, frame.width, 3), 12);

  // The consultant's own summary and recommendations, before the team's plan and splits.
  const commentary = summaryCommentaryOf(ctx.input.file);
  if (commentary) commentaryBlock(ctx, 'Commentary', commentary);

  actAndDisagree(ctx);
}
