import { changeText, planOutcomeText, spanText, signStateText } from '../../../../shared/scoring/trend.ts';
import { trendLine } from '../charts/trend-line.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { ensureSpace, moveDown, startChapter } from '../layout/page.ts';
import { table } from '../layout/table.ts';
import { dateText, percentText, shortDateText } from '../model/format.ts';

const COLUMNS = 3;
const CHART_HEIGHT = 44;

/**
 * "Progress since …": the trend across the organisation's audits (shared/scoring/trend.ts),
 * present only when the database holds earlier revealed audits of the same organisation.
 * The index and level of each audit with the change since the one before, each dimension
 * as a small chart, the failure signs then and now, and the outcome of last time's plan.
 */
export function progress(ctx: ReportContext): void {
  const { trend } = ctx.input;
  const first = trend?.audits[0];
  const latest = trend?.audits.at(-1);
  if (!trend || !first || !latest || trend.audits.length < 2) return;
  const { theme, frame } = ctx;
  startChapter(ctx);
  heading(ctx, `Progress since ${dateText(first.date)}`, 1, { keepWithNext: 200 });
  paragraph(
    ctx,
    `${trend.audits.length} audits of ${ctx.input.file.audit.organization}, oldest first. ${trend.compatibility} Changes are in points as shown, against the audit before.`,
    { color: theme.colour.muted, size: theme.size.small + 0.5 },
    { after: 6 },
  );

  table(ctx, {
    columns: [
      { header: 'Audit', width: 3.4 },
      { header: 'Date', width: 1.3 },
      { header: 'Level', width: 1.3 },
      { header: 'Index', width: 0.9, align: 'right' },
      { header: 'Change (points)', width: 1.1, align: 'right' },
    ],
    rows: trend.audits.map((a) => ({
      cells: [
        a.title,
        shortDateText(a.date),
        a.level ?? '–',
        percentText(a.index),
        changeText(a.indexChange),
      ],
      ...(a === latest ? { weight: 'bold' as const } : {}),
    })),
  });

  heading(ctx, 'Each dimension over time', 2, { keepWithNext: 90 });
  const gutter = 14;
  const cellWidth = (frame.width - gutter * (COLUMNS - 1)) / COLUMNS;
  const nameStyle = { size: theme.size.small, weight: 'bold' as const, color: theme.colour.text };
  const figureStyle = { size: theme.size.tiny, color: theme.colour.muted };
  for (let row = 0; row < trend.dimensions.length; row += COLUMNS) {
    const cells = trend.dimensions.slice(row, row + COLUMNS).map((d, c) => {
      const i = row + c;
      const series = trend.audits.map((a) => a.dimensions[i]);
      const last = series.at(-1);
      const name = ctx.text.clamp(d.name, nameStyle, cellWidth, 2);
      const figures = ctx.text.layout(
        spanText(series[0]?.percent ?? null, last?.percent ?? null),
        figureStyle,
        cellWidth,
      );
      return { d, series, name, figures };
    });
    const nameHeight = Math.max(...cells.map((c) => c.name.height));
    const rowHeight =
      nameHeight + 3 + CHART_HEIGHT + 3 + Math.max(...cells.map((c) => c.figures.height)) + 12;
    ensureSpace(ctx, rowHeight);
    cells.forEach((cell, c) => {
      const x = frame.left + c * (cellWidth + gutter);
      ctx.text.draw(cell.name, x, frame.y);
      trendLine(
        ctx,
        { x, y: frame.y + nameHeight + 3, width: cellWidth, height: CHART_HEIGHT },
        cell.series.map((p) => ({ percent: p?.percent ?? null, tentative: p?.insufficient ?? false })),
      );
      ctx.text.draw(cell.figures, x, frame.y + nameHeight + 3 + CHART_HEIGHT + 3);
    });
    moveDown(ctx, rowHeight);
  }
  paragraph(
    ctx,
    `Each chart runs from ${shortDateText(first.date)} on the left to ${shortDateText(latest.date)} on the right, 0 % at the bottom and 100 % at the top; the dotted line is 50 %. A hollow point had too few answers to count.`,
    { color: theme.colour.muted, size: theme.size.tiny },
  );

  if (trend.signs.length > 0) {
    heading(ctx, 'Failure signs then and now', 2, { keepWithNext: 60 });
    table(ctx, {
      columns: [
        { header: 'Failure sign', width: 3.4 },
        { header: shortDateText(first.date), width: 1.5 },
        { header: shortDateText(latest.date), width: 1.5 },
      ],
      rows: trend.signs.map((s) => ({
        cells: [s.name, signStateText(s.then), signStateText(s.now)],
        ...(s.now?.severe ? { fill: theme.colour.warningWash } : {}),
      })),
    });
  }

  if (trend.planOutcome) {
    heading(ctx, 'Last time’s plan', 2, { keepWithNext: 30 });
    paragraph(ctx, planOutcomeText(trend.planOutcome));
  }
}
