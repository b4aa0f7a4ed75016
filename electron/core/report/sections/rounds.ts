import { catalogOf } from '../../../../shared/instrument/catalog.ts';
import { answerDistribution } from '../../../../shared/scoring/distribution.ts';
import { medianText, oneDecimal, shareText, twoDecimals } from '../../../../shared/scoring/display.ts';
import type { ItemResult, RoundResult } from '../../../../shared/scoring/results.ts';
import { roundOf } from '../../../../shared/scoring/rounds.ts';
import { distributionBar } from '../charts/distribution-bar.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import { table, type CellGraphic, type TableRow } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';
import { plural } from '../model/format.ts';
import { answerLegend } from './legends.ts';

/** An item answered in more than one round, with its rounds. */
type Revoted = ItemResult & { readonly rounds: readonly RoundResult[] };

/** The items the team re-voted: answered in more than one round (docs/spec/scoring.md, "Re-vote rounds"). */
export function revotedItems(items: readonly ItemResult[]): Revoted[] {
  return items.filter((i): i is Revoted => i.rounds !== undefined && i.rounds.length > 1);
}

/** What became of a re-voted item, on its final round's row: converged, still split, split again, or never split. */
function outcome(ctx: ReportContext, item: Revoted): Span[] {
  const { colour } = ctx.theme;
  const first = item.rounds[0];
  const change =
    item.sdChange === null || item.sdChange === undefined || first?.round !== 1
      ? ''
      : `, sd ${twoDecimals(first.sd)} to ${twoDecimals(item.sd)}`;
  if (item.converged)
    return [{ text: 'Converged', weight: 'bold', color: colour.accentText }, { text: change }];
  const splitFirst = first?.round === 1 && first.misaligned;
  if (item.misaligned) {
    return [
      {
        text: splitFirst ? 'Still split' : 'Split in the final round',
        weight: 'bold',
        color: colour.warning,
      },
      { text: change },
    ];
  }
  return [{ text: 'Not split', color: colour.muted }, { text: change }];
}

/**
 * The re-vote rounds, present only when the team re-voted an item: for each, every round's
 * answers (count, Not sure, mean, spread, median, share within 1 of the median, the answers
 * as a bar) and whether it converged. Every figure is the scoring model's; the bars count each
 * round's answers with shared/scoring.
 */
export function revoteRounds(ctx: ReportContext): void {
  const { input, theme, frame } = ctx;
  const revoted = revotedItems(input.results.items);
  if (revoted.length === 0) return;
  const catalog = catalogOf(input.instrument);
  const statements = revoted.filter((i) => catalog.get(i.id)?.kind === 'statement');
  const converged = statements.filter((i) => i.converged).length;
  const splitFirst = statements.filter((i) => i.rounds[0]?.round === 1 && i.rounds[0].misaligned);
  const roundsRun = [...new Set(revoted.flatMap((i) => i.rounds.map((r) => r.round)))].filter((r) => r > 1);

  startChapter(ctx, { followOn: true });
  heading(ctx, 'Re-vote rounds', 1, { keepWithNext: 160 });
  paragraph(
    ctx,
    `After the reveal the team re-scored ${plural(revoted.length, 'item')} in ${roundsRun.length === 1 ? `round ${roundsRun[0]}` : `rounds ${roundsRun.slice(0, -1).join(', ')} and ${roundsRun.at(-1)}`}, blind again, each person seeing the previous round’s answers and their own. Every number elsewhere in this report uses each item’s final round; the earlier rounds are kept here. A re-voted statement converged when it split the team in round 1 and no longer does in its final round. “Within 1” is the share of answers at most one point from the round’s median.`,
    { size: theme.size.small + 0.5, color: theme.colour.muted },
    { after: 6 },
  );
  if (statements.length > 0) {
    paragraph(
      ctx,
      [
        { text: 'Convergence: ', weight: 'bold' },
        {
          text:
            splitFirst.length === 0
              ? 'none of the re-voted statements split the team in round 1.'
              : splitFirst.length === 1
                ? `the re-voted statement that split the team in round 1 ${converged === 1 ? 'converged' : 'did not converge'}.`
                : `${converged} of the ${splitFirst.length} re-voted statements that split the team in round 1 converged.`,
        },
      ],
      {},
      { after: 8 },
    );
  }
  moveDown(ctx, answerLegend(ctx, 'statement', { x: frame.left, y: frame.y, width: frame.width }) + 6);

  const rows: TableRow[] = [];
  for (const item of revoted) {
    const facts = ctx.facts.get(item.id);
    const entry = catalog.get(item.id);
    rows.push({ group: `${facts?.ref ?? item.id}  ${facts?.text ?? item.id}` });
    item.rounds.forEach((r, i) => {
      const inRound = input.file.responses.filter((a) => a.item === item.id && roundOf(a) === r.round);
      const counts = entry ? answerDistribution(inRound, item.id, entry.scale) : { counts: [], unsure: 0 };
      const bar: CellGraphic = {
        height: 10,
        draw: (x, y, width) => distributionBar(ctx, { x, y, width, height: 10 }, counts),
      };
      const final = i === item.rounds.length - 1;
      rows.push({
        cells: [
          [{ text: `Round ${r.round}`, weight: final ? 'bold' : 'regular' }],
          String(r.n),
          String(r.unsure),
          oneDecimal(r.mean),
          twoDecimals(r.sd),
          medianText(r.median),
          shareText(r.agreement),
          bar,
          final ? outcome(ctx, item) : '',
        ],
      });
    });
  }
  table(ctx, {
    columns: [
      { header: 'Round', width: 0.9 },
      { header: 'Answers', width: 0.9, align: 'right' },
      { header: 'Not sure', width: 1.1, align: 'right' },
      { header: 'Mean', width: 0.8, align: 'right' },
      { header: 'sd', width: 0.7, align: 'right' },
      { header: 'Median', width: 0.9, align: 'right' },
      { header: 'Within 1', width: 1.1, align: 'right' },
      { header: 'Answers', width: 1.8 },
      { header: 'Outcome', width: 2.4 },
    ],
    rows,
  });
}
