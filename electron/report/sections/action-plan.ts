import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import type { RecommendedAction } from '../../../shared/scoring/results.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { startChapter } from '../layout/page.ts';
import { table } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';
import { plural, shortDateText } from '../model/format.ts';

type PlannedAction = AuditFile['actions'][number];

const STATUS_WORDS: Record<PlannedAction['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

function hasOwner(action: PlannedAction): boolean {
  return action.owner !== undefined && action.owner.trim() !== '';
}

/** The team's own plan: owners, due dates and status; an action without an owner says so. */
function teamPlan(ctx: ReportContext, plan: readonly PlannedAction[]): void {
  const { colour, size } = ctx.theme;
  const ownerless = plan.filter((a) => !hasOwner(a) && a.status !== 'dropped').length;
  paragraph(
    ctx,
    [
      { text: `The team’s plan: ${plural(plan.length, 'action')}. ` },
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
    rows: plan.map((action, i) => {
      const title: Span[] = [{ text: action.title, weight: 'bold', color: colour.text }];
      if (action.description?.trim())
        title.push({ text: `\n${action.description.trim()}`, color: colour.muted });
      if (action.successMeasure?.trim()) {
        title.push(
          { text: '\nSuccess measure: ', weight: 'bold', color: colour.muted },
          { text: action.successMeasure.trim(), color: colour.muted },
        );
      }
      const owner: Span[] = hasOwner(action)
        ? [{ text: action.owner?.trim() ?? '', color: colour.text }]
        : [{ text: 'No owner', weight: 'bold', color: colour.warning }];
      return {
        cells: [
          String(i + 1),
          title,
          owner,
          action.due ? shortDateText(action.due) : [{ text: 'No date', color: colour.muted }],
          [
            {
              text: STATUS_WORDS[action.status],
              color: action.status === 'dropped' ? colour.muted : colour.text,
              weight: action.status === 'done' ? 'bold' : 'regular',
            },
          ],
        ],
        fill: hasOwner(action) || action.status === 'dropped' ? undefined : colour.warningWash,
      };
    }),
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
 * The action plan: the team's own plan when it has one (with the recommendations it has not
 * taken up listed after it), else the recommended actions in the scoring model's order.
 */
export function actionPlan(ctx: ReportContext): void {
  const { input, theme } = ctx;
  const plan = input.file.actions;
  const recommended = input.results.actions;
  startChapter(ctx);
  heading(ctx, 'Action plan', 1, { keepWithNext: 120 });
  if (plan.length > 0) {
    teamPlan(ctx, plan);
    const taken = new Set(plan.map((a) => a.source));
    const others = recommended.filter((r) => !taken.has(r.id) && !taken.has(r.libraryId));
    if (others.length > 0) {
      heading(ctx, 'Recommendations not yet in the plan', 2, { keepWithNext: 80 });
      recommendations(ctx, others, false);
    }
    return;
  }
  if (recommended.length === 0) {
    paragraph(ctx, 'The team has no plan yet and the scoring model recommends no actions.', {
      color: theme.colour.muted,
    });
    return;
  }
  paragraph(
    ctx,
    [
      { text: 'The team has not agreed its own plan yet. ', weight: 'bold', color: theme.colour.warning },
      {
        text: `These are the ${plural(recommended.length, 'recommended action')}, most urgent first, each with the rule that selected it, a suggested owner and a horizon. None has a named owner until the team gives it one.`,
      },
    ],
    { size: theme.size.small + 0.5, color: theme.colour.text },
    { after: 6 },
  );
  recommendations(ctx, recommended, true);
}
