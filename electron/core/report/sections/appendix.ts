import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { startChapter } from '../layout/page.ts';
import { table, type Cell, type CellGraphic, type TableRow } from '../layout/table.ts';
import type { ItemFacts } from '../model/audit-facts.ts';
import type { Person } from '../model/people.ts';

/** At most this many participant columns per table; more participants give several tables. */
const MAX_COLUMNS = 12;

/** Splits participants into column groups of nearly equal size. */
function columnGroups(people: readonly Person[]): Person[][] {
  if (people.length === 0) return [];
  const groups = Math.ceil(people.length / MAX_COLUMNS);
  const size = Math.ceil(people.length / groups);
  return Array.from({ length: groups }, (_, g) => people.slice(g * size, (g + 1) * size));
}

function itemLabel(ctx: ReportContext, facts: ItemFacts, width: number): CellGraphic {
  const { theme } = ctx;
  const block = ctx.text.clamp(
    [
      { text: `${facts.ref}  `, color: theme.colour.muted },
      { text: facts.name, color: theme.colour.text },
    ],
    { size: theme.size.tiny, leading: 1.3 },
    width,
    2,
  );
  return { height: block.height, draw: (x, y) => ctx.text.draw(block, x, y) };
}

function answerCell(ctx: ReportContext, value: number | null | undefined): Cell {
  const { colour } = ctx.theme;
  if (value === undefined) return [{ text: '–', color: colour.rule }];
  if (value === null) return [{ text: '?', color: colour.muted }];
  return [{ text: String(value), weight: 'bold', color: colour.text }];
}

/**
 * Every answer of every participant, by name or (anonymous report) by code, in tables of at
 * most twelve participant columns. "?" is Not sure, "–" no answer.
 */
export function appendix(ctx: ReportContext): void {
  const { input, theme, people, options } = ctx;
  const { colour, size } = theme;
  startChapter(ctx, { followOn: true });
  heading(ctx, 'Appendix: all answers', 1, { keepWithNext: 120 });
  if (people.all.length === 0) {
    paragraph(ctx, 'No participants are recorded for this audit.', { color: colour.muted });
    return;
  }
  paragraph(
    ctx,
    `Each column is one participant. Statements are answered 1 (strongly disagree) to 5 (strongly agree); failure signs 0 (not present) to 3 (pervasive); commitment questions and targets 0 (no), 1 (partly) or 2 (yes). “?” is Not sure and “–” no answer. Notes appear with each item in the sections above.`,
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  if (options.anonymous) {
    paragraph(
      ctx,
      `Participants are shown by code (${people.all.map((p) => p.code).join(', ')}). Their names and roles are withheld in this report.`,
      { size: size.small + 0.5, color: colour.text },
      { after: 8 },
    );
  } else {
    heading(ctx, 'Participants', 3, { toc: false, keepWithNext: 40 });
    table(ctx, {
      columns: [
        { header: 'Code', width: 1 },
        { header: 'Name', width: 3.5 },
        { header: 'Role', width: 3 },
      ],
      rows: people.all.map((p) => ({ cells: [p.code, p.name ?? '', p.role ?? ''] })),
    });
  }

  const groups = columnGroups(people.all);
  const labelShare = 3.4;
  groups.forEach((group, g) => {
    const title =
      groups.length === 1
        ? 'Answers'
        : `Answers, participants ${group[0]?.code ?? ''} to ${group.at(-1)?.code ?? ''} (${g + 1} of ${groups.length})`;
    heading(ctx, title, 3, { toc: false, keepWithNext: 80 });
    const columnShare = Math.max(0.42, (8 - labelShare) / Math.max(group.length, 8));
    const totalShare = labelShare + columnShare * group.length;
    const labelWidth = (labelShare / totalShare) * ctx.frame.width - 10;
    const rows: TableRow[] = [];
    const addItems = (title: string, ids: readonly string[]): void => {
      rows.push({ group: title });
      for (const id of ids) {
        const facts = ctx.facts.get(id);
        if (!facts) continue;
        rows.push({
          cells: [
            itemLabel(ctx, facts, labelWidth),
            ...group.map((p) => answerCell(ctx, facts.answers.get(p.id))),
          ],
        });
      }
    };
    input.instrument.dimensions.forEach((d, i) =>
      addItems(
        `${i + 1}. ${d.name}`,
        d.items.map((s) => s.id),
      ),
    );
    addItems(
      'Failure signs',
      input.instrument.signs.map((s) => s.id),
    );
    addItems(
      'Commitment check',
      input.instrument.commitment.map((c) => c.id),
    );
    addItems(
      'Accountability targets',
      input.instrument.targets.map((t) => t.id),
    );
    table(ctx, {
      size: size.tiny,
      columns: [
        { header: 'Item', width: labelShare },
        ...group.map((p) => ({ header: p.code, width: columnShare, align: 'center' as const })),
      ],
      rows,
    });
  });
}
