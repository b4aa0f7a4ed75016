import type { Weight } from '../fonts/font-set.ts';
import { bodyStyle } from './blocks.ts';
import type { ReportContext } from './context.ts';
import { addPage, atPageTop, moveDown, pageBodyHeight } from './page.ts';
import type { Align, RichText, TextBlock, TextStyle } from './text.ts';

/** A drawing of known height inside a cell (a small chart, a badge). */
export type CellGraphic = {
  readonly height: number;
  readonly draw: (x: number, y: number, width: number) => void;
};

/** What a cell holds: text (wrapped to the column) or a small drawing. */
export type Cell = RichText | CellGraphic;

/** A column: its header and its share of the table width. */
export type Column = {
  readonly header: string;
  /** Share of the table width, relative to the other columns. */
  readonly width: number;
  readonly align?: Align;
};

/** A row of cells, or a group heading spanning the whole table (kept with the row after it). */
export type TableRow =
  | { readonly cells: readonly Cell[]; readonly fill?: string; readonly weight?: Weight }
  | { readonly group: string };

/** A whole table: columns and rows; cell text is the small size unless told otherwise. */
export type TableSpec = {
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
  /** Cell text size; the theme's small size by default. */
  readonly size?: number;
};

const PAD_X = 5;
const PAD_Y = 4;

function isGraphic(cell: Cell): cell is CellGraphic {
  return typeof cell === 'object' && 'draw' in cell;
}

type LaidCell = { readonly block: TextBlock | null; readonly graphic: CellGraphic | null };

/**
 * Draws a table that breaks across pages between rows, repeats its header on every page,
 * and splits between lines only a row too tall for a whole page (a very long note).
 */
export function table(ctx: ReportContext, spec: TableSpec): void {
  const { doc, theme, frame } = ctx;
  const size = spec.size ?? theme.size.small;
  const headerStyle: TextStyle = { size, weight: 'bold', color: theme.colour.text, leading: 1.25 };
  const widths = columnWidths(ctx, spec.columns, headerStyle);
  const xs = widths.map((_, i) => frame.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cellStyle = (weight?: Weight): TextStyle => bodyStyle(ctx, { size, leading: 1.32, weight });

  const header = spec.columns.map((c, i) =>
    ctx.text.layout(c.header, headerStyle, (widths[i] ?? 0) - 2 * PAD_X),
  );
  const headerHeight = Math.max(...header.map((b) => b.height)) + 2 * PAD_Y;
  const continuedHeight = size + 6;

  const drawHeader = (continued: boolean): void => {
    if (continued) {
      const note = ctx.text.layout(
        '(continued)',
        { size: theme.size.tiny, color: theme.colour.muted },
        frame.width,
      );
      ctx.text.draw(note, frame.left, frame.y, { align: 'right', width: frame.width });
      moveDown(ctx, continuedHeight);
    }
    doc.save().rect(frame.left, frame.y, frame.width, headerHeight).fill(theme.colour.accentWash).restore();
    header.forEach((block, i) => {
      const align = spec.columns[i]?.align ?? 'left';
      ctx.text.draw(block, (xs[i] ?? 0) + PAD_X, frame.y + PAD_Y, {
        align,
        width: (widths[i] ?? 0) - 2 * PAD_X,
      });
    });
    moveDown(ctx, headerHeight);
    line(ctx, frame.y, theme.colour.accent, 0.8);
  };

  const layoutRow = (row: Extract<TableRow, { cells: unknown }>): LaidCell[] =>
    spec.columns.map((_, i) => {
      const cell = row.cells[i] ?? '';
      if (isGraphic(cell)) return { block: null, graphic: cell };
      return {
        block: ctx.text.layout(cell, cellStyle(row.weight), (widths[i] ?? 0) - 2 * PAD_X),
        graphic: null,
      };
    });
  const rowHeight = (cells: readonly LaidCell[]): number =>
    Math.max(...cells.map((c) => (c.block ? c.block.height : (c.graphic?.height ?? 0)))) + 2 * PAD_Y;

  const groupStyle: TextStyle = { size, weight: 'bold', color: theme.colour.accentText, leading: 1.3 };
  const laid = spec.rows.map((row) =>
    'group' in row
      ? { kind: 'group' as const, block: ctx.text.layout(row.group, groupStyle, frame.width - 2 * PAD_X) }
      : { kind: 'row' as const, row, cells: layoutRow(row) },
  );
  const heightOf = (entry: (typeof laid)[number]): number =>
    entry.kind === 'group' ? entry.block.height + 2 * PAD_Y + 2 : rowHeight(entry.cells);
  const minLines = (entry: (typeof laid)[number] | undefined): number => {
    if (!entry) return 0;
    if (entry.kind === 'group') return heightOf(entry);
    const h = heightOf(entry);
    return Math.min(h, 2 * PAD_Y + 3 * cellStyle().size * 1.32);
  };

  // The header never stands alone at the bottom of a page.
  if (frame.y + headerHeight + minLines(laid[0]) > frame.bottom && !atPageTop(ctx)) addPage(ctx);
  drawHeader(false);

  const newPage = (): void => {
    addPage(ctx);
    drawHeader(true);
  };
  const roomForRows = pageBodyHeight(ctx) - headerHeight - continuedHeight;

  laid.forEach((entry, index) => {
    const height = heightOf(entry);
    if (entry.kind === 'group') {
      const next = laid[index + 1];
      if (frame.y + height + minLines(next) > frame.bottom) newPage();
      ctx.text.draw(entry.block, frame.left + PAD_X, frame.y + PAD_Y + 2);
      moveDown(ctx, height);
      line(ctx, frame.y, theme.colour.rule, 0.5);
      return;
    }
    if (frame.y + height <= frame.bottom + 0.01) {
      drawRow(entry.cells, entry.row.fill, height);
      return;
    }
    const lineHeight = cellStyle().size * 1.32;
    const totalLines = Math.max(...entry.cells.map((c) => c.block?.lines.length ?? 0));
    // A row that fits on a page moves to the next one, unless that would leave more than a
    // third of this page empty and the row is long enough to split with a few lines each side.
    const wasteful = frame.bottom - frame.y > pageBodyHeight(ctx) / 3 && totalLines >= 8;
    if (height <= roomForRows && !wasteful) {
      newPage();
      drawRow(entry.cells, entry.row.fill, height);
      return;
    }
    // Taller than a page, or worth splitting: split its text cells between lines.
    let done = 0;
    let first = true;
    while (done < totalLines) {
      let fit = Math.floor((frame.bottom - frame.y - 2 * PAD_Y) / lineHeight);
      if (fit < 3) {
        newPage();
        fit = Math.floor((frame.bottom - frame.y - 2 * PAD_Y) / lineHeight);
      }
      // Never leave fewer than three lines of the row for the next page.
      const left = totalLines - done - fit;
      if (left > 0 && left < 3) fit = Math.max(3, fit - (3 - left));
      const slice = entry.cells.map((c) => ({
        block: c.block ? ctx.text.slice(c.block, done, done + fit) : null,
        graphic: first ? c.graphic : null,
      }));
      drawRow(slice, entry.row.fill, rowHeight(slice));
      done += fit;
      first = false;
      if (done < totalLines) newPage();
    }
  });
  moveDown(ctx, 6);

  function drawRow(cells: readonly LaidCell[], fill: string | undefined, height: number): void {
    if (fill) doc.save().rect(frame.left, frame.y, frame.width, height).fill(fill).restore();
    cells.forEach((cell, i) => {
      const x = (xs[i] ?? 0) + PAD_X;
      const width = (widths[i] ?? 0) - 2 * PAD_X;
      if (cell.block)
        ctx.text.draw(cell.block, x, frame.y + PAD_Y, { align: spec.columns[i]?.align ?? 'left', width });
      else cell.graphic?.draw(x, frame.y + PAD_Y, width);
    });
    moveDown(ctx, height);
    line(ctx, frame.y, theme.colour.rule, 0.5);
  }
}

/**
 * Column widths from their shares of the table width, widened where a header word would
 * not fit (so no header breaks inside a word), the extra taken from the columns with room.
 */
function columnWidths(ctx: ReportContext, columns: readonly Column[], headerStyle: TextStyle): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * ctx.frame.width);
  const minimum = columns.map((c) =>
    Math.max(
      0,
      ...c.header.split(/\s+/).map((word) => ctx.text.layout(word, headerStyle, 1e6).width + 2 * PAD_X + 1),
    ),
  );
  for (let round = 0; round < 3; round++) {
    const missing = widths.reduce((sum, w, i) => sum + Math.max(0, (minimum[i] ?? 0) - w), 0);
    if (missing <= 0.01) break;
    const slack = widths.map((w, i) => Math.max(0, w - (minimum[i] ?? 0)));
    const totalSlack = slack.reduce((a, b) => a + b, 0);
    if (totalSlack <= 0) break;
    const take = Math.min(missing, totalSlack);
    widths.forEach((w, i) => {
      widths[i] = Math.max(w, minimum[i] ?? 0) - (slack[i] ?? 0) * (take / totalSlack);
    });
  }
  return widths;
}

function line(ctx: ReportContext, y: number, colour: string, weight: number): void {
  ctx.doc
    .save()
    .moveTo(ctx.frame.left, y)
    .lineTo(ctx.frame.right, y)
    .lineWidth(weight)
    .strokeColor(colour)
    .stroke()
    .restore();
}
