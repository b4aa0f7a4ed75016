import { LEVELS, type Level } from '../../../../shared/scoring/levels.ts';
import { formatNumber, roundForDisplay } from '../../../../shared/scoring/numbers.ts';
import type { Cap, RecommendedAction } from '../../../../shared/scoring/results.ts';
import { distributionBar } from '../charts/distribution-bar.ts';
import { levelScale } from '../charts/level-scale.ts';
import { percentBar } from '../charts/percent-bar.ts';
import { heading } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { measuredText, stack, type Measured } from '../layout/measured.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import type { Span } from '../layout/text.ts';
import type { ItemFacts } from '../model/audit-facts.ts';
import { dateText, percentText, plural, shortDateText, twoDecimals } from '../model/format.ts';
import { hasOwner, planView, type PlannedAction } from '../model/plan.ts';
import { provisionalText } from '../model/status.ts';
import { answerLegend } from './legends.ts';
import { consensusText, signsText } from './summary-facts.ts';

const CAP_NAMES: Record<Cap['rule'], string> = {
  'weakest-link': 'Weakest link',
  'severe-sign': 'Severe failure sign',
  'present-signs': 'Several failure signs',
};

const THRESHOLDS = [40, 60, 80];

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

const STATUS_WORDS: Record<PlannedAction['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * The executive summary, on one page: where the company stands (level, index, dimensions,
 * whether the level is still provisional), why the level is capped, which failure signs are
 * present and what the team agreed in consensus, the team's plan (or, while it has none, the
 * first recommendations) and where the team disagrees.
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
  const provisional = provisionalText(results, ctx.people, 6);
  const labelSpans: Span[] = [{ text: 'Readiness level', color: colour.muted }];
  if (provisional && results.level !== null)
    labelSpans.push({ text: ' · provisional', weight: 'bold', color: colour.warning });
  measuredText(ctx, labelSpans, { size: size.small }, leftWidth).draw(frame.left, y);
  y += 13;
  const note = (text: string, color: string, weight: 'regular' | 'bold' = 'regular'): void => {
    const block = measuredText(ctx, text, { size: size.small, color, weight }, leftWidth);
    block.draw(frame.left, y);
    y += block.height + 4;
  };
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
    y += why.height + 4;
    if (provisional) note(provisional, colour.warning);
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
  moveDown(ctx, Math.max(y, ry) - top + 14);

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
    moveDown(ctx, height + 12);
  }

  // The failure signs present and the consensus recorded: never left for the reader to infer.
  const factStyle = { size: size.small + 0.5, color: colour.text };
  draw(ctx, measuredText(ctx, signsText(ctx), factStyle, frame.width, 5), 4);
  draw(ctx, measuredText(ctx, consensusText(ctx), factStyle, frame.width, 3), 12);

  // The plan and the splits share what is left of the page: up to five actions and three
  // splits, fewer when they would not fit (never fewer than three actions and one split).
  const plan = planView(input.file, results);
  const fromPlan = plan.agreed.length > 0;
  const intro = fromPlan ? planIntro(ctx, plan.agreed) : recommendationIntro(ctx, plan.undecided.length);
  const actionBlocks = fromPlan
    ? plan.agreed.slice(0, 5).map((action, i) => agreedItem(ctx, action, i + 1))
    : plan.undecided.slice(0, 5).map((action, i) => recommendedItem(ctx, action, i + 1));
  const total = fromPlan ? plan.agreed.length : plan.undecided.length;
  const splits = biggestSplits(ctx);
  const splitBlocks = splits.slice(0, 3).map((f) => splitItem(ctx, f));
  const headingHeight = 26;
  const spacing = 8;
  const legendHeight = 16;
  const sum = (blocks: readonly Measured[]): number => blocks.reduce((h, b) => h + b.height + spacing, 0);
  let actionCount = actionBlocks.length;
  let splitCount = splitBlocks.length;
  const splitsBlockHeight = (): number =>
    headingHeight + (splitCount > 0 ? legendHeight + sum(splitBlocks.slice(0, splitCount)) : 24);
  const fits = (): boolean =>
    frame.y +
      headingHeight +
      intro.height +
      6 +
      sum(actionBlocks.slice(0, actionCount)) +
      24 +
      splitsBlockHeight() <=
    frame.bottom;
  while (!fits() && actionCount > 3) actionCount--;
  while (!fits() && splitCount > 1) splitCount--;

  subheading(ctx, 'Where to act first');
  draw(ctx, intro, 6);
  for (const block of actionBlocks.slice(0, actionCount)) draw(ctx, block, spacing);
  if (total > actionCount) {
    const rest = total - actionCount;
    draw(
      ctx,
      measuredText(
        ctx,
        fromPlan
          ? `${plural(rest, 'further action')} of the team’s plan ${rest === 1 ? 'is' : 'are'} in the action plan.`
          : `${plural(rest, 'further recommended action')} ${rest === 1 ? 'is' : 'are'} in the action plan.`,
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
  } else {
    moveDown(ctx, answerLegend(ctx, 'statement', { x: frame.left, y: frame.y, width: frame.width }) + 4);
  }
  for (const block of splitBlocks.slice(0, splitCount)) draw(ctx, block, spacing);
  if (splits.length > splitCount) {
    draw(
      ctx,
      measuredText(
        ctx,
        `${splits.length} statements split the team in all; each is marked SPLIT in the dimension sections.`,
        { size: size.small, color: colour.muted },
        frame.width,
      ),
      0,
    );
  }
}

/** "The team’s plan: 4 agreed actions; 1 has no owner yet." */
function planIntro(ctx: ReportContext, agreed: readonly PlannedAction[]): Measured {
  const { colour, size } = ctx.theme;
  const ownerless = agreed.filter((a) => !hasOwner(a)).length;
  const spans: Span[] = [
    { text: `The team’s plan: ${plural(agreed.length, 'agreed action')}, with owners and dates. ` },
  ];
  if (ownerless > 0) {
    spans.push({
      text: `${ownerless} ${ownerless === 1 ? 'has' : 'have'} no owner yet.`,
      weight: 'bold',
      color: colour.warning,
    });
  }
  return measuredText(ctx, spans, { size: size.small + 0.5, color: colour.text }, ctx.frame.width);
}

/** The plan is empty: say so, and that what follows are the scoring model's recommendations. */
function recommendationIntro(ctx: ReportContext, undecided: number): Measured {
  const { colour, size } = ctx.theme;
  const text: Span[] = [
    { text: 'The team has not agreed its plan yet. ', weight: 'bold', color: colour.warning },
    {
      text:
        undecided > 0
          ? 'Until it does, these are the scoring model’s first recommendations, each with a suggested owner role; none has a named owner.'
          : 'The scoring model has no recommendation left that the team has not decided on.',
    },
  ];
  return measuredText(ctx, text, { size: size.small + 0.5, color: colour.text }, ctx.frame.width);
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

/** A numbered item: a bold title and a line of what it means (owner and date, or why). */
function numberedItem(ctx: ReportContext, number: number, title: string, meta: readonly Span[]): Measured {
  const { theme, frame } = ctx;
  const inset = 22;
  const width = frame.width - inset;
  const titleBlock = measuredText(
    ctx,
    title,
    { size: theme.size.body, weight: 'bold', color: theme.colour.text },
    width,
    2,
  );
  const metaBlock = measuredText(ctx, meta, { size: theme.size.small }, width, 2);
  const body = stack([titleBlock, metaBlock], 1);
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

/** An action the team agreed: its owner (or that it has none), its due date and where it stands. */
function agreedItem(ctx: ReportContext, action: PlannedAction, number: number): Measured {
  const { colour } = ctx.theme;
  const meta: Span[] = hasOwner(action)
    ? [
        { text: 'Owner ', color: colour.muted },
        { text: action.owner?.trim() ?? '', weight: 'bold', color: colour.accentText },
      ]
    : [{ text: 'No owner yet', weight: 'bold', color: colour.warning }];
  meta.push(
    { text: ' · ', color: colour.muted },
    action.due
      ? { text: `due ${shortDateText(action.due)}`, color: colour.text }
      : { text: 'no due date', color: colour.muted },
  );
  if (action.status !== 'open')
    meta.push({ text: ` · ${STATUS_WORDS[action.status]}`, weight: 'bold', color: colour.text });
  return numberedItem(ctx, number, action.title, meta);
}

/** A recommendation (shown only while the team has no plan): suggested owner role, horizon and why. */
function recommendedItem(ctx: ReportContext, action: RecommendedAction, number: number): Measured {
  const { colour } = ctx.theme;
  return numberedItem(ctx, number, action.title, [
    {
      text: actionMeta(action),
      weight: 'bold',
      color: action.urgent ? colour.warning : colour.accentText,
    },
    { text: ` · ${action.reason}`, color: colour.muted },
  ]);
}

function splitItem(ctx: ReportContext, facts: ItemFacts): Measured {
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
