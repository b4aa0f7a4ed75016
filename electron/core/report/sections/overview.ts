import { roundForDisplay } from '../../../../shared/scoring/numbers.ts';
import { legend, type LegendEntry } from '../charts/distribution-bar.ts';
import { radarChart } from '../charts/radar.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { moveDown, startChapter } from '../layout/page.ts';
import { table, type TableRow } from '../layout/table.ts';
import { dateText, oneDecimal, percentText, twoDecimals } from '../model/format.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The change against the earlier audit, in display-rounded points: "+6", "-3", "0". */
function change(now: number | null, before: number | null | undefined): string {
  if (now === null || before === null || before === undefined) return '–';
  const delta = roundForDisplay(now) - roundForDisplay(before);
  return delta > 0 ? `+${delta}` : delta < 0 ? `-${-delta}` : '0';
}

/**
 * The dimensions at a glance: the radar (with the earlier audit when this is a
 * re-assessment) and a table of score, percent, coverage and alignment.
 */
export function overview(ctx: ReportContext): void {
  const { input, frame, theme } = ctx;
  const { results, previous } = input;
  const count = results.dimensions.length;
  startChapter(ctx);
  heading(ctx, `The ${NUMBER_WORDS[count] ?? count} dimensions`, 1, { keepWithNext: 320 });
  paragraph(
    ctx,
    'Each dimension’s percent places its score on the 1–5 agreement scale between 0 (everyone strongly disagrees) and 100 (everyone strongly agrees). A dimension with fewer than half of its statements answered is insufficient: it is shown, but left out of the readiness index.',
    { color: theme.colour.muted, size: theme.size.small + 0.5 },
    { after: 6 },
  );

  const previousById = new Map(previous?.results.dimensions.map((d) => [d.id, d.percent]) ?? []);
  const chartHeight = 300;
  radarChart(
    ctx,
    { x: frame.left, y: frame.y, width: frame.width, height: chartHeight },
    results.dimensions.map((d) => ({
      name: d.name,
      percent: d.percent,
      insufficient: d.insufficient,
      previous: previousById.get(d.id) ?? null,
    })),
    { showPrevious: previous !== undefined },
  );
  moveDown(ctx, chartHeight + 4);
  const entries: LegendEntry[] = [
    { label: `This audit (${dateText(input.file.audit.date)})`, fill: theme.colour.accent },
  ];
  if (previous)
    entries.push({
      label: `Previous audit (${dateText(previous.file.audit.date)})`,
      fill: null,
      dashed: true,
    });
  if (results.dimensions.some((d) => d.insufficient)) {
    entries.push({ label: 'Hollow point: insufficient answers', fill: null, outline: theme.colour.accent });
  }
  const used = legend(ctx, { x: frame.left + frame.width / 2 - 150, y: frame.y, width: 300 }, entries);
  moveDown(ctx, used + 12);

  const rows: TableRow[] = results.dimensions.map((d) => {
    const dimension = input.instrument.dimensions.find((x) => x.id === d.id);
    const statements = dimension?.items.length ?? 0;
    const cells = [
      d.name + (d.insufficient ? '\nInsufficient answers: not in the index' : ''),
      oneDecimal(d.score),
      percentText(d.percent),
      `${d.answered} of ${statements}`,
      twoDecimals(d.alignment),
    ];
    if (previous) {
      cells.push(percentText(previousById.get(d.id) ?? null), change(d.percent, previousById.get(d.id)));
    }
    return { cells, fill: d.insufficient ? theme.colour.faint : undefined };
  });
  const columns = [
    { header: 'Dimension', width: 3.2 },
    { header: 'Score (1–5)', width: 1.1, align: 'right' as const },
    { header: 'Percent', width: 1, align: 'right' as const },
    { header: 'Statements answered', width: 1.3, align: 'right' as const },
    { header: 'Alignment (sd)', width: 1.2, align: 'right' as const },
  ];
  if (previous) {
    columns.push({ header: 'Previous', width: 1, align: 'right' as const });
    columns.push({ header: 'Change (points)', width: 1.1, align: 'right' as const });
  }
  table(ctx, { columns, rows });
  const index =
    results.index === null
      ? 'There is no readiness index: no dimension has enough answers.'
      : `Readiness index: ${percentText(results.index)}, the ${results.dimensions.some((d) => d.weight !== 1) ? 'weighted ' : ''}mean percent of the ${results.dimensions.filter((d) => !d.insufficient && d.percent !== null).length} sufficient dimensions.`;
  paragraph(ctx, index, { size: theme.size.small + 0.5 }, { after: 2 });
  paragraph(
    ctx,
    `Alignment is the mean standard deviation of the answers to a dimension’s statements answered by at least two people: 0 means everyone gave the same answer; a statement with a standard deviation of 1.0 or more, or answers 3 or more points apart, counts as a split.`,
    { size: theme.size.small, color: theme.colour.muted },
  );
}
