import { ACTION_STATUS_NAMES } from '../../../../../shared/audit-file/status-names.ts';
import type { RecommendedAction } from '../../../../../shared/scoring/results.ts';
import type { ReportContext } from '../../layout/context.ts';
import { measuredText, stack, type Measured } from '../../layout/measured.ts';
import type { Span } from '../../layout/text.ts';
import { plural, shortDateText } from '../../model/format.ts';
import { hasOwner, type PlannedAction } from '../../model/plan.ts';

/** "within 30 days" and the owner role, the way an executive reads an action. */
function actionMeta(action: RecommendedAction): string {
  return `${action.urgent ? 'Urgent · ' : ''}${action.ownerRole} · within ${action.horizonDays} days`;
}

/** "The team’s plan: 4 agreed actions; 1 has no owner yet." */
export function planIntro(ctx: ReportContext, agreed: readonly PlannedAction[]): Measured {
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
export function recommendationIntro(ctx: ReportContext, undecided: number): Measured {
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
export function agreedItem(ctx: ReportContext, action: PlannedAction, number: number): Measured {
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
    meta.push({ text: ` · ${ACTION_STATUS_NAMES[action.status]}`, weight: 'bold', color: colour.text });
  return numberedItem(ctx, number, action.title, meta);
}

/** A recommendation (shown only while the team has no plan): suggested owner role, horizon and why. */
export function recommendedItem(ctx: ReportContext, action: RecommendedAction, number: number): Measured {
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
