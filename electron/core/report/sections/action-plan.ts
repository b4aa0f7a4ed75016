import { ACTION_STATUS_NAMES } from '../../../../shared/audit-file/status-names.ts';
import type { RecommendedAction } from '../../../../shared/scoring/results.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { startChapter } from '../layout/page.ts';
import { table } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';
import { plural, shortDateText } from '../model/format.ts';
import { hasOwner, planView, type PlannedAction } from '../model/plan.ts';

function actionTitle(ctx: ReportContext, action: PlannedAction): Span[] {
  const { colour } = ctx.theme;
  const title: Span[] = [{ text: action.title, weight: 'bold', color: colour.text }];
  if (action.description?.trim()) title.push({ text: `\n${action.description.trim()}`, color: colour.muted });
  if (action.successMeasure?.trim()) {
    title.push(
      { text: '\nSuccess measure: ', weight: 'bold', color: colour.muted },
      { text: action.successMeasure.trim(), color: colour.muted },
    );
  }
  return title;
}

/** The team's agreed plan: owners, due dates and status; an action without an owner says so. */
function teamPlan(ctx: ReportContext, agreed: readonly PlannedAction[]): void {
  const { colour, size } = ctx.theme;
  const ownerless = agreed.filter((a) => !hasOwner(a)).length;
  paragraph(
    ctx,
    [
      { text: `The team’s plan: ${plural(agreed.length, 'agreed action')}. ` },
      ownerless > 0
        ? {
            text: `${ownerless} ${ownerless === 1 ? 'has' : 'have'} no owner yet: an action without an owner is a wish, not a commitment.`,
            weight: 'bold',
            color: colour.warning,
          }
        : { text: 'Every action has an owner.' },
    ],
    { size: size.small + 0.5, color: colour.text },
    { after: 6 },
  );
  table(ctx, {
    columns: [
      { header: '#', width: 0.45 },
      { header: 'Action', width: 5 },
      { header: 'Owner', width: 1.6 },
      { header: 'Due', width: 1.2 },
      { header: 'Status', width: 1.1 },
    ],
    rows: agreed.map((action, i) => ({
      cells: [
        String(i + 1),
        actionTitle(ctx, action),
        hasOwner(action)
          ? [{ text: action.owner?.trim() ?? '', color: colour.text }]
          : [{ text: 'No owner', weight: 'bold', color: colour.warning }],
        action.due ? shortDateText(action.due) : [{ text: 'No date', color: colour.muted }],
        [
          {
            text: ACTION_STATUS_NAMES[action.status],
            color: colour.text,
            weight: action.status === 'done' ? 'bold' : 'regular',
          },
        ],
      ],
      fill: hasOwner(action) ? undefined : colour.warningWash,
    })),
  });
}

/** The actions the team dropped, apart from the plan and for the record only. */
function droppedActions(ctx: ReportContext, dropped: readonly PlannedAction[]): void {
  const { colour, size } = ctx.theme;
  heading(ctx, 'Dropped by the team', 2, { keepWithNext: 60 });
  paragraph(
    ctx,
    `The team considered ${dropped.length === 1 ? 'this action' : `these ${dropped.length} actions`} and decided against ${dropped.length === 1 ? 'it' : 'them'}: listed for the record, not part of the plan.`,
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  table(ctx, {
    columns: [
      { header: 'Action', width: 6 },
      { header: 'Came from', width: 2 },
    ],
    rows: dropped.map((action) => ({
      cells: [
        [{ text: action.title, color: colour.muted }],
        [
          {
            text: action.source === 'custom' ? 'The team’s own' : 'A recommendation',
            color: colour.muted,
          },
        ],
      ],
    })),
  });
}

/** The scoring model's recommendations, in priority order, with a suggested owner and horizon. */
function recommendations(
  ctx: ReportContext,
  actions: readonly RecommendedAction[],
  withDescriptions: boolean,
): void {
  const { colour } = ctx.theme;
  table(ctx, {
    columns: [
      { header: '#', width: 0.45 },
      { header: 'Recommended action and why', width: 5.2 },
      { header: 'Suggested owner', width: 1.5 },
      { header: 'Within', width: 1 },
      { header: 'Priority', width: 1 },
    ],
    rows: actions.map((action, i) => {
      const title: Span[] = [
        { text: action.title, weight: 'bold', color: colour.text },
        { text: `\n${action.reason}`, color: colour.muted },
      ];
      if (withDescriptions) title.push({ text: `\n${action.description}`, color: colour.text });
      return {
        cells: [
          String(i + 1),
          title,
          action.ownerRole,
          `${action.horizonDays} days`,
          action.urgent ? [{ text: 'Urgent', weight: 'bold', color: colour.warning }] : 'Normal',
        ],
      };
    }),
  });
}

/**
 * The action plan: the team's agreed actions when it has any (then the recommendations it
 * has not decided on), else the recommended actions in the scoring model's order. Dropped
 * actions are never shown as the plan: they follow, apart, under "Dropped by the team".
 */
export function actionPlan(ctx: ReportContext): void {
  const { input, theme } = ctx;
  const { agreed, dropped, undecided } = planView(input.file, input.results);
  startChapter(ctx, { followOn: true });
  heading(ctx, 'Action plan', 1, { keepWithNext: 120 });
  if (agreed.length > 0) {
    teamPlan(ctx, agreed);
    if (undecided.length > 0) {
      heading(ctx, 'Recommendations not yet in the plan', 2, { keepWithNext: 80 });
      recommendations(ctx, undecided, false);
    }
  } else if (undecided.length === 0) {
    paragraph(
      ctx,
      dropped.length > 0
        ? 'The team has no agreed action, and no recommendation is left that it has not decided on.'
        : 'The team has no plan yet and the scoring model recommends no actions.',
      { color: theme.colour.muted },
    );
  } else {
    paragraph(
      ctx,
      [
        { text: 'The team has not agreed its own plan yet. ', weight: 'bold', color: theme.colour.warning },
        {
          text: `These are the ${plural(undecided.length, 'recommended action')}${dropped.length > 0 ? ' it has not dropped' : ''}, most urgent first, each with the rule that selected it, a suggested owner and a horizon. None has a named owner until the team gives it one.`,
        },
      ],
      { size: theme.size.small + 0.5, color: theme.colour.text },
      { after: 6 },
    );
    recommendations(ctx, undecided, true);
  }
  if (dropped.length > 0) droppedActions(ctx, dropped);
}
