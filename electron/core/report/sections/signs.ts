import { onBalance, type Balance } from '../../../../shared/scoring/commitment.ts';
import type { TargetState } from '../../../../shared/scoring/results.ts';
import { distributionBar } from '../charts/distribution-bar.ts';
import { percentBar } from '../charts/percent-bar.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import { table, type Cell, type CellGraphic } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';
import type { ItemFacts } from '../model/audit-facts.ts';
import { oneDecimal, percentText } from '../model/format.ts';
import { noteSpans } from './dimensions.ts';
import { answerLegend } from './legends.ts';

/** The item's reference (muted, a label), its name or question, with its notes underneath in the same cell. */
function itemCell(
  ctx: ReportContext,
  facts: ItemFacts | undefined,
  ref: string,
  title: string,
  question?: string,
): Cell {
  const { colour } = ctx.theme;
  const spans: Span[] = [
    { text: `${ref}  `, color: colour.muted },
    { text: title, weight: 'bold', color: colour.text },
  ];
  if (question) spans.push({ text: `\n${question}`, color: colour.muted });
  for (const note of noteSpans(ctx, facts?.notes ?? [])) spans.push({ text: '\n' }, ...note);
  return spans;
}

function bar(ctx: ReportContext, facts: ItemFacts | undefined): CellGraphic {
  return {
    height: 10,
    draw: (x, y, width) => {
      if (facts) distributionBar(ctx, { x, y: y + 1, width, height: 9 }, facts);
    },
  };
}

function scaleLegend(ctx: ReportContext, kind: 'sign' | 'commitment' | 'target'): void {
  const { frame } = ctx;
  moveDown(ctx, answerLegend(ctx, kind, { x: frame.left, y: frame.y, width: frame.width }) + 6);
}

const STATE_WORDS: Record<TargetState, string> = {
  missing: 'Missing',
  partial: 'Partial',
  'in place': 'In place',
};

/**
 * The failure signs (how present each is, which are present or severe), the commitment
 * check (percent and the questions answered "No" on balance) and the accountability targets.
 */
export function signsCommitmentTargets(ctx: ReportContext): void {
  const { input, theme } = ctx;
  const { results, instrument } = input;
  const { colour, size } = theme;
  startChapter(ctx, { followOn: true });
  heading(ctx, 'Failure signs, commitment and targets', 1, { keepWithNext: 120 });

  heading(ctx, 'Failure signs', 2, { keepWithNext: 100 });
  const present = results.signs.filter((s) => s.present).length;
  const severe = results.signs.filter((s) => s.severe).length;
  paragraph(
    ctx,
    `How present each sign of a failing customer effort is, from 0 (not present) to 3 (pervasive). A sign is present at a team severity of 1.5 or more and severe at 2.5 or more. ${present} of ${results.signs.length} signs are present${severe > 0 ? `, ${severe} of them severe` : ''}.`,
    { size: size.small + 0.5, color: colour.muted },
    { after: 4 },
  );
  scaleLegend(ctx, 'sign');
  table(ctx, {
    columns: [
      { header: 'Failure sign', width: 4.4 },
      { header: 'Answers', width: 1.8 },
      { header: 'Severity (0–3)', width: 1.1, align: 'right' },
      { header: 'Verdict', width: 1.1 },
    ],
    rows: instrument.signs.map((sign, i) => {
      const result = results.signs.find((s) => s.id === sign.id);
      const facts = ctx.facts.get(sign.id);
      const verdict: Span[] = result?.severe
        ? [{ text: 'Severe', weight: 'bold', color: colour.warning }]
        : result?.present
          ? [{ text: 'Present', weight: 'bold', color: colour.text }]
          : result?.severity === null || result === undefined
            ? [{ text: 'No answers', color: colour.muted }]
            : [{ text: 'Not present', color: colour.muted }];
      return {
        cells: [
          itemCell(ctx, facts, `S${i + 1}`, sign.name),
          bar(ctx, facts),
          result?.severity === null || result === undefined ? '–' : oneDecimal(result.severity),
          verdict,
        ],
      };
    }),
  });

  heading(ctx, 'Commitment check', 2, { keepWithNext: 120 });
  const commitment = results.commitment;
  paragraph(
    ctx,
    'The questions a chief executive should be able to answer “yes” to. The commitment percent is the mean team answer (No 0, Partly 1, Yes 2) as a share of a unanimous “yes”.',
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  const figure = ctx.text.layout(
    commitment.percent === null ? 'No answers' : `Commitment ${percentText(commitment.percent)}`,
    { size: size.h2, weight: 'bold', color: colour.accentText },
    200,
  );
  ctx.text.draw(figure, ctx.frame.left, ctx.frame.y);
  percentBar(
    ctx,
    {
      x: ctx.frame.left + 200,
      y: ctx.frame.y + figure.height / 2 - 4,
      width: ctx.frame.width - 200,
      height: 8,
    },
    { percent: commitment.percent },
  );
  moveDown(ctx, figure.height + 8);
  scaleLegend(ctx, 'commitment');
  const balanceCell: Record<Balance, Span[]> = {
    No: [{ text: 'No', weight: 'bold', color: colour.warning }],
    Yes: [{ text: 'Yes', weight: 'bold', color: colour.text }],
    Partly: [{ text: 'Partly', color: colour.text }],
  };
  table(ctx, {
    columns: [
      { header: 'Question', width: 4.6 },
      { header: 'Answers', width: 1.8 },
      { header: 'Team (0–2)', width: 1, align: 'right' },
      { header: 'On balance', width: 1.1 },
    ],
    rows: instrument.commitment.map((item, i) => {
      const facts = ctx.facts.get(item.id);
      const value = facts?.result.value ?? null;
      const balance: Span[] =
        value === null ? [{ text: 'No answers', color: colour.muted }] : balanceCell[onBalance(value)];
      return {
        cells: [
          itemCell(ctx, facts, `C${i + 1}`, item.text),
          bar(ctx, facts),
          value === null ? '–' : oneDecimal(value),
          balance,
        ],
      };
    }),
  });

  heading(ctx, 'Accountability targets', 2, { keepWithNext: 100 });
  paragraph(
    ctx,
    'Whether the company has an explicit, owned target for each: missing below 0.5, partial from 0.5, in place from 1.5 (No 0, Partly 1, Yes 2).',
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  scaleLegend(ctx, 'target');
  table(ctx, {
    columns: [
      { header: 'Target', width: 4.6 },
      { header: 'Answers', width: 1.8 },
      { header: 'Team (0–2)', width: 1, align: 'right' },
      { header: 'State', width: 1.1 },
    ],
    rows: instrument.targets.map((target, i) => {
      const result = results.targets.find((t) => t.id === target.id);
      const facts = ctx.facts.get(target.id);
      const state: Span[] =
        result?.state === null || result === undefined
          ? [{ text: 'No answers', color: colour.muted }]
          : [
              {
                text: STATE_WORDS[result.state],
                weight: 'bold',
                color: result.state === 'missing' ? colour.warning : colour.text,
              },
            ];
      return {
        cells: [
          itemCell(ctx, facts, `T${i + 1}`, target.name, target.text),
          bar(ctx, facts),
          result?.value === null || result === undefined ? '–' : oneDecimal(result.value),
          state,
        ],
      };
    }),
  });
}
