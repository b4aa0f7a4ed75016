import { LEVELS, type Level } from '../../../shared/scoring/levels.ts';
import { formatNumber, roundForDisplay } from '../../../shared/scoring/numbers.ts';
import type { Cap, RecommendedAction } from '../../../shared/scoring/results.ts';
import { distributionBar } from '../charts/distribution-bar.ts';
import { levelScale } from '../charts/level-scale.ts';
import { percentBar } from '../charts/percent-bar.ts';
import { heading } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { measuredText, stack, type Measured } from '../layout/measured.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import type { ItemFacts } from '../model/audit-facts.ts';
import { dateText, percentText, twoDecimals } from '../model/format.ts';

const CAP_NAMES: Record<Cap['rule'], string> = {
  'weakest-link': 'Weakest link',
  'severe-sign': 'Severe failure sign',
  'present-signs': 'Several failure signs',
};

/**
 * When display rounding lifts the index onto the next level's threshold (39.99 shows as 40 %
 * but is Not ready), says so, so the printed number and the level never seem to disagree.
 */
function roundingEdge(index: number, level: Level | null): string | null {
  if (level === null) return null;
  const next = LEVELS[LEVELS.indexOf(level) + 1];
  const threshold = THRESHOLDS[LEVELS.indexOf(level)];
  if (next === undefined || threshold === undefined || roundForDisplay(index) < threshold) return null;
  return `Before rounding the index is ${formatNumber(index, 2)}, just below the ${threshold} that ${next} needs.`;
}

const THRESHOLDS = [40, 60, 80];

/** "within 30 days" and the owner role, the way an executive reads an action. */
export function actionMeta(action: RecommendedAction): string {
  return `${action.urgent ? 'Urgent · ' : ''}${action.ownerRole} · within ${action.horizonDays} days`;
}

/** The statements that split the team most: misaligned ones, highest standard deviation first. */
export function biggestSplits(ctx: ReportContext): ItemFacts[] {
  return [...ctx.facts.values()]
    .filter((f) => f.kind === 'statement' && f.result.misaligned)
    .sort((a, b) => (b.result.sd ?? 0) - (a.result.sd ?? 0) || (b.result.range ?? 0) - (a.result.range ?? 0));
}

/**
 * The executive summary, on one page: where the company stands (level, index, dimensions),
 * why the level is capped, what to do first and where the team disagrees.
 */
export function summary(ctx: ReportContext): void {
  const { theme, frame, input } = ctx;
  const { results } = input;
  const { colour, size } = theme;
  startChapter(ctx);
  heading(ctx, 'Executive summary', 1, { keepWithNext: 200 });

  // Top band: the level on the left, the dimensions on the right.
  const top = frame.y;
  const leftWidth = frame.width * 0.44;
  const rightX = frame.left + leftWidth + 26;
  const rightWidth = frame.right - rightX;
  let y = top;
  const small = (text: string) =>
    measuredText(ctx, text, { size: size.small, color: colour.muted }, leftWidth);
  small('Readiness level').draw(frame.left, y);
  y += 13;
  if (results.level !== null && results.index !== null) {
    const level = measuredText(
      ctx,
      results.level,
      { size: 26, weight: 'bold', color: colour.accentText, leading: 1.1 },
      leftWidth,
    );
    level.draw(frame.left, y);
    y += level.height + 2;
    const index = measuredText(
      ctx,
      [
        { text: 'Readiness index ', color: colour.muted },
        { text: percentText(results.index), weight: 'bold', color: colour.text },
      ],
      { size: size.body + 1 },
      leftWidth,
    );
    index.draw(frame.left, y);
    y += index.height + 4;
    if (results.levelFromIndex !== null && results.levelFromIndex !== results.level) {
      const note = measuredText(
        ctx,
        `The index alone would give ${results.levelFromIndex}; ${results.caps.length === 1 ? 'a cap holds' : 'caps hold'} the level at ${results.level}.`,
        { size: size.small, color: colour.text },
        leftWidth,
      );
      note.draw(frame.left, y);
      y += note.height + 4;
    }
    const before = input.previous;
    if (before && before.results.index !== null && before.results.level !== null) {
      const note = measuredText(
        ctx,
        `Previous audit (${dateText(before.file.audit.date)}): ${before.results.level}, index ${percentText(before.results.index)}.`,
        { size: size.small, color: colour.muted },
        leftWidth,
      );
      note.draw(frame.left, y);
      y += note.height + 4;
    }
    const edge = roundingEdge(results.index, results.levelFromIndex);
    if (edge) {
      const note = measuredText(ctx, edge, { size: size.small, color: colour.text }, leftWidth);
      note.draw(frame.left, y);
      y += note.height + 4;
    }
    y += 8;
    y += levelScale(
      ctx,
      { x: frame.left, y, width: leftWidth },
      { index: results.index, level: results.level },
    );
  } else {
    const none = measuredText(
      ctx,
      'No level',
      { size: 26, weight: 'bold', color: colour.muted, leading: 1.1 },
      leftWidth,
    );
    none.draw(frame.left, y);
    y += none.height + 4;
    const why = measuredText(
      ctx,
      'There is no readiness index: no dimension has enough answers. A dimension counts once at least half of its statements are answered, so this report does not put a level on the audit.',
      { size: size.small + 0.5, color: colour.text },
      leftWidth,
    );
    why.draw(frame.left, y);
    y += why.height;
  }

  let ry = top;
  measuredText(ctx, 'Dimensions', { size: size.small, color: colour.muted }, rightWidth).draw(rightX, ry);
  ry += 14;
  const nameWidth = rightWidth * 0.58;
  const barWidth = rightWidth - nameWidth - 40;
  for (const d of results.dimensions) {
    const name = ctx.text.clamp(d.name, { size: size.small, color: colour.text }, nameWidth - 6, 1);
    ctx.text.draw(name, rightX, ry);
    percentBar(
      ctx,
      { x: rightX + nameWidth, y: ry + 2.5, width: barWidth, height: 6 },
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
    ctx.text.draw(figure, rightX + nameWidth + barWidth, ry, { align: 'right', width: 40 });
    ry += 17;
  }
  if (results.dimensions.some((d) => d.insufficient)) {
    const note = ctx.text.layout(
      '* insufficient: fewer than half of the statements answered; shown, but left out of the index.',
      { size: size.tiny, color: colour.muted },
      rightWidth,
    );
    ctx.text.draw(note, rightX, ry + 2);
    ry += note.height + 4;
  }
  if (input.previous) {
    const note = ctx.text.layout(
      'The dark tick on each bar marks the previous audit.',
      { size: size.tiny, color: colour.muted },
      rightWidth,
    );
    ctx.text.draw(note, rightX, ry + 2);
    ry += note.height + 4;
  }
  moveDown(ctx, Math.max(y, ry) - top + 16);

  // Caps, in a tinted box.
  if (results.caps.length > 0) {
    const inner = frame.width - 24;
    const parts: Measured[] = [
      measuredText(
        ctx,
        'Why the level is capped',
        { size: size.body, weight: 'bold', color: colour.text },
        inner,
      ),
      ...results.caps.map((cap) =>
        measuredText(
          ctx,
          [{ text: `${CAP_NAMES[cap.rule]}: at most ${cap.to}. `, weight: 'bold' }, { text: cap.reason }],
          { size: size.small + 0.5, color: colour.text },
          inner,
        ),
      ),
    ];
    const box = stack(parts, 4);
    const height = box.height + 20;
    ctx.doc.save().rect(frame.left, frame.y, frame.width, height).fill(colour.accentWash).restore();
    ctx.doc.save().rect(frame.left, frame.y, 3, height).fill(colour.accent).restore();
    box.draw(frame.left + 14, frame.y + 10);
    moveDown(ctx, height + 16);
  }

  // Actions and splits share what is left of the page: up to five actions and three splits,
  // fewer when they would not fit (never fewer than three actions and one split).
  const actionBlocks = results.actions.slice(0, 5).map((action, i) => actionItem(ctx, action, i + 1));
  const splits = biggestSplits(ctx);
  const splitBlocks = splits.slice(0, 3).map((f) => splitItem(ctx, f));
  const headingHeight = 26;
  const spacing = 8;
  const sum = (blocks: readonly Measured[]): number => blocks.reduce((h, b) => h + b.height + spacing, 0);
  let actionCount = actionBlocks.length;
  let splitCount = splitBlocks.length;
  const splitsBlockHeight = (): number =>
    headingHeight + (splitCount > 0 ? sum(splitBlocks.slice(0, splitCount)) : 24);
  const fits = (): boolean =>
    frame.y + headingHeight + sum(actionBlocks.slice(0, actionCount)) + 10 + splitsBlockHeight() <=
    frame.bottom;
  while (!fits() && actionCount > 3) actionCount--;
  while (!fits() && splitCount > 1) splitCount--;

  subheading(ctx, 'Where to act first');
  if (actionBlocks.length === 0) {
    draw(
      ctx,
      measuredText(
        ctx,
        'The scoring model recommends no actions for this audit.',
        { size: size.body, color: colour.text },
        frame.width,
      ),
      spacing,
    );
  }
  for (const block of actionBlocks.slice(0, actionCount)) draw(ctx, block, spacing);
  if (results.actions.length > actionCount) {
    draw(
      ctx,
      measuredText(
        ctx,
        `${results.actions.length - actionCount} further recommended actions are in the action plan.`,
        { size: size.small, color: colour.muted },
        frame.width,
      ),
      0,
    );
  }
  moveDown(ctx, 10);
  subheading(ctx, 'Where the team disagrees most');
  if (splitCount === 0) {
    draw(
      ctx,
      measuredText(
        ctx,
        'No statement split the team: on every statement the answers were close together.',
        { size: size.body, color: colour.text },
        frame.width,
      ),
      0,
    );
  }
  for (const block of splitBlocks.slice(0, splitCount)) draw(ctx, block, spacing);
  if (splits.length > splitCount) {
    draw(
      ctx,
      measuredText(
        ctx,
        `${splits.length} statements split the team in all; each is marked in the dimension sections.`,
        { size: size.small, color: colour.muted },
        frame.width,
      ),
      0,
    );
  }
}

function subheading(ctx: ReportContext, title: string): void {
  const block = measuredText(
    ctx,
    title,
    { size: ctx.theme.size.h3 + 1, weight: 'bold', color: ctx.theme.colour.text },
    ctx.frame.width,
  );
  draw(ctx, block, 0);
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

function draw(ctx: ReportContext, block: Measured, after: number): void {
  block.draw(ctx.frame.left, ctx.frame.y);
  moveDown(ctx, block.height + after);
}

function actionItem(ctx: ReportContext, action: RecommendedAction, number: number): Measured {
  const { theme, frame } = ctx;
  const inset = 22;
  const width = frame.width - inset;
  const title = measuredText(
    ctx,
    action.title,
    { size: theme.size.body, weight: 'bold', color: theme.colour.text },
    width,
    2,
  );
  const meta = measuredText(
    ctx,
    [
      {
        text: actionMeta(action),
        weight: 'bold',
        color: action.urgent ? theme.colour.warning : theme.colour.accentText,
      },
      { text: ` · ${action.reason}`, color: theme.colour.muted },
    ],
    { size: theme.size.small },
    width,
    2,
  );
  const body = stack([title, meta], 1);
  return {
    height: body.height,
    draw: (x, y) => {
      const n = ctx.text.layout(
        String(number),
        { size: theme.size.h3, weight: 'bold', color: theme.colour.accentText },
        inset,
      );
      ctx.text.draw(n, x, y - 0.5);
      body.draw(x + inset, y);
    },
  };
}

function splitItem(ctx: ReportContext, facts: ItemFacts): Measured {
  const { theme, frame } = ctx;
  const inset = 22;
  const barWidth = 120;
  const textWidth = frame.width - inset - barWidth - 14;
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
    `${dimension?.name ?? ''} · sd ${twoDecimals(facts.result.sd)} · answers from ${low} to ${low + range} of 5`,
    { size: theme.size.tiny, color: theme.colour.muted },
    textWidth,
    1,
  );
  const body = stack([text, meta], 1);
  return {
    height: Math.max(body.height, 14),
    draw: (x, y) => {
      const ref = ctx.text.layout(
        facts.ref,
        { size: theme.size.small, weight: 'bold', color: theme.colour.accentText },
        inset,
      );
      ctx.text.draw(ref, x, y + 0.5);
      body.draw(x + inset, y);
      distributionBar(ctx, { x: frame.right - barWidth, y: y + 2, width: barWidth, height: 10 }, facts);
    },
  };
}
