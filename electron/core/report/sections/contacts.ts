import { contactIdsOf } from '../../../../shared/audit-file/answers.ts';
import { CONTACT_CATEGORY_NAMES } from '../../../../shared/instrument/contact-categories.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { startChapter } from '../layout/page.ts';
import { table, type CellGraphic } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';

/** Importance and performance on one 1–5 track: the gap is the distance between the two marks. */
function gapGraphic(
  ctx: ReportContext,
  importance: number,
  performance: number,
  priority: boolean,
): CellGraphic {
  const { theme, doc } = ctx;
  return {
    height: 10,
    draw: (x, y, width) => {
      const at = (v: number): number => x + 4 + ((v - 1) / 4) * (width - 8);
      const mid = y + 5;
      doc
        .save()
        .moveTo(x + 4, mid)
        .lineTo(x + width - 4, mid)
        .lineWidth(0.6)
        .stroke(theme.colour.rule)
        .restore();
      if (importance !== performance) {
        doc
          .save()
          .moveTo(at(performance), mid)
          .lineTo(at(importance), mid)
          .lineWidth(3)
          .stroke(priority ? theme.colour.accent : theme.colour.accentTint)
          .restore();
      }
      doc
        .save()
        .circle(at(performance), mid, 3)
        .lineWidth(1)
        .fillAndStroke('#ffffff', theme.colour.text)
        .restore();
      doc.save().circle(at(importance), mid, 3).fill(theme.colour.text).restore();
    },
  };
}

/**
 * The team's priority contacts (moments of truth) with importance, current performance and
 * the gap; priority gaps (gap of 2 or more) first, largest first.
 */
export function contacts(ctx: ReportContext): void {
  const { input, theme } = ctx;
  const { colour, size } = theme;
  const list = input.results.contacts;
  // With nothing to list, the chapter is one sentence: it follows on rather than take a page.
  if (list.length > 0) startChapter(ctx, { followOn: true });
  heading(ctx, 'Priority contacts', 1, { keepWithNext: list.length > 0 ? 100 : 30 });
  if (list.length === 0) {
    paragraph(ctx, 'The team has not listed its priority customer contacts yet.', { color: colour.muted });
    return;
  }
  const priority = list.filter((c) => c.priorityGap).length;
  paragraph(
    ctx,
    `The customer contacts the team named as its moments of truth, each rated for importance and current performance from 1 to 5. The gap is importance minus performance; a gap of 2 or more is a priority gap (${priority} of ${list.length}). In the chart the filled dot is importance and the open dot performance.`,
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  const ids = contactIdsOf(input.file.contacts);
  const notes = new Map(input.file.contacts.map((c, i) => [ids[i], c.note?.trim() ?? '']));
  const ordered = list
    .map((c) => ({ c, note: notes.get(c.id) ?? '' }))
    .sort(
      (a, b) => (a.c.priorityRank ?? Number.MAX_SAFE_INTEGER) - (b.c.priorityRank ?? Number.MAX_SAFE_INTEGER),
    );
  table(ctx, {
    columns: [
      { header: 'Priority', width: 0.8 },
      { header: 'Contact', width: 3.6 },
      { header: 'Category', width: 1.2 },
      { header: 'Importance', width: 1, align: 'right' },
      { header: 'Performance', width: 1.1, align: 'right' },
      { header: 'Gap', width: 0.7, align: 'right' },
      { header: 'Performance to importance', width: 1.6 },
    ],
    rows: ordered.map(({ c, note }) => {
      const name: Span[] = [{ text: c.name, weight: c.priorityGap ? 'bold' : 'regular', color: colour.text }];
      if (note) name.push({ text: `\n${note}`, color: colour.muted });
      return {
        cells: [
          c.priorityRank === null
            ? [{ text: '–', color: colour.muted }]
            : [{ text: `#${c.priorityRank}`, weight: 'bold', color: colour.accentText }],
          name,
          CONTACT_CATEGORY_NAMES[c.category],
          String(c.importance),
          String(c.performance),
          [{ text: c.gap > 0 ? `+${c.gap}` : String(c.gap), weight: c.priorityGap ? 'bold' : 'regular' }],
          gapGraphic(ctx, c.importance, c.performance, c.priorityGap),
        ],
        fill: c.priorityGap ? colour.accentWash : undefined,
      };
    }),
  });
}
