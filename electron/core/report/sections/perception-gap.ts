import { DEFAULT_MIN_GROUP_SIZE } from '../../../../shared/scoring/inputs.ts';
import { pointsText } from '../../../../shared/scoring/display.ts';
import type { PerceptionGapResult } from '../../../../shared/scoring/results.ts';
import { drawMarker, groupDots, groupMarker } from '../charts/group-dots.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { ensureSpace, moveDown, startChapter } from '../layout/page.ts';
import { table, type CellGraphic } from '../layout/table.ts';
import type { Span } from '../layout/text.ts';
import { oneDecimal, percentText, plural } from '../model/format.ts';
import { groupFacts, suppressedWhy, type GroupFacts } from '../model/groups.ts';

/** A marker with the group's name after it, for the legend and the groups table. */
function markerCell(ctx: ReportContext, position: number | null): CellGraphic {
  return {
    height: 9,
    draw: (x, y) => {
      if (position !== null) drawMarker(ctx, groupMarker(position), x + 6, y + 4.5);
    },
  };
}

/** The groups, each with how many answered and its index, or why it is not shown. */
function groupsTable(ctx: ReportContext, facts: GroupFacts): void {
  const { results, file } = ctx.input;
  const { colour } = ctx.theme;
  const minGroupSize = file.audit.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const positions = new Map(facts.visible.map((g, i) => [g.id, i]));
  table(ctx, {
    columns: [
      { header: '', width: 0.35 },
      { header: 'Group', width: 3 },
      { header: 'Answered', width: 1, align: 'right' },
      { header: 'Readiness index', width: 3.2 },
    ],
    rows: results.groups.map((g) => ({
      cells: [
        markerCell(ctx, positions.get(g.id) ?? null),
        [{ text: g.name, weight: 'bold' }],
        String(g.size),
        g.suppressed
          ? [{ text: suppressedWhy(g.size, minGroupSize), color: colour.muted }]
          : g.index === null
            ? [{ text: 'no index: no dimension has enough answers in this group', color: colour.muted }]
            : [{ text: percentText(g.index), weight: 'bold' }],
      ],
    })),
  });
}

/** The sentence under the groups: the perception gaps found, or why there are none. */
function gapsSentence(ctx: ReportContext, facts: GroupFacts): Span[] {
  const { instrument } = ctx.input;
  const dimensionName = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  if (facts.visible.length < 2) {
    return [
      {
        text: 'Fewer than two groups can be shown, so there is nothing to compare; the team’s results above stand as they are.',
      },
    ];
  }
  if (facts.flagged.length === 0) {
    return [
      { text: 'No perception gap: ', weight: 'bold' },
      { text: 'on every dimension the groups’ percents are less than 25 points apart.' },
    ];
  }
  const spans: Span[] = [
    {
      text: `${plural(facts.flagged.length, 'perception gap')}: `,
      weight: 'bold',
      color: ctx.theme.colour.warning,
    },
  ];
  // Punctuation stays in the span before it, so a line never starts with it.
  facts.flagged.forEach((p, i) => {
    spans.push(
      { text: `${dimensionName.get(p.dimension) ?? p.dimension},`, weight: 'bold' },
      {
        text:
          ` ${facts.names.get(p.high) ?? p.high} ${percentText(p.highPercent)} against ${facts.names.get(p.low) ?? p.low} ${percentText(p.lowPercent)}, ${pointsText(p.gap)} apart` +
          (i < facts.flagged.length - 1 ? '; ' : '.'),
      },
    );
  });
  return spans;
}

/** Up to this many shown groups, each has its own column of percents; with more, the highest and lowest. */
const MAX_GROUP_COLUMNS = 4;

/**
 * Each dimension: the shown groups on one 0–100 track, each group's percent (as the window
 * shows them; with many groups only the highest and lowest), and the gap.
 */
function dimensionsTable(ctx: ReportContext, facts: GroupFacts): void {
  const { instrument, results } = ctx.input;
  const { colour } = ctx.theme;
  const gaps = new Map<string, PerceptionGapResult>(results.perceptionGaps.map((p) => [p.dimension, p]));
  const name = (id: string): string => facts.names.get(id) ?? id;
  const perGroup = facts.visible.length <= MAX_GROUP_COLUMNS;
  const none: Span[] = [{ text: '–', color: colour.muted }];
  table(ctx, {
    columns: [
      { header: 'Dimension', width: 2.6 },
      { header: 'Groups, 0 to 100', width: 2.4 },
      ...(perGroup
        ? facts.visible.map((g) => ({
            header: g.name,
            width: 3.6 / facts.visible.length,
            align: 'right' as const,
          }))
        : [
            { header: 'Highest', width: 1.8 },
            { header: 'Lowest', width: 1.8 },
          ]),
      { header: 'Gap', width: 1.1, align: 'right' },
    ],
    rows: instrument.dimensions.map((d, di) => {
      const gap = gaps.get(d.id);
      const percents = facts.visible.map((g) => {
        const own = g.dimensions[di];
        return own && !own.insufficient && own.percent !== null ? own.percent : null;
      });
      const points = percents.flatMap((percent, position) =>
        percent === null ? [] : [{ position, percent }],
      );
      const flagged = gap?.flagged ?? false;
      const dots: CellGraphic = {
        height: 10,
        draw: (x, y, width) => groupDots(ctx, { x, y, width, height: 10 }, points, flagged),
      };
      const figures = perGroup
        ? facts.visible.map((g, i) => {
            const percent = percents[i] ?? null;
            if (percent === null) return none;
            // The two groups a perception gap is between stand out.
            const end = gap?.flagged === true && (gap.high === g.id || gap.low === g.id);
            return [{ text: percentText(percent), weight: end ? ('bold' as const) : ('regular' as const) }];
          })
        : [
            gap ? `${name(gap.high)} ${percentText(gap.highPercent)}` : none,
            gap ? `${name(gap.low)} ${percentText(gap.lowPercent)}` : none,
          ];
      return {
        cells: [
          [{ text: d.name, weight: flagged ? 'bold' : 'regular' }],
          dots,
          ...figures,
          gap
            ? [
                { text: pointsText(gap.gap), weight: flagged ? 'bold' : 'regular' },
                ...(flagged ? [{ text: '\nGAP', weight: 'bold' as const, color: colour.warning }] : []),
              ]
            : none,
        ],
        fill: flagged ? colour.warningWash : undefined,
      };
    }),
  });
}

/** The markers' key: each shown group's marker and name. */
function markersLegend(ctx: ReportContext, facts: GroupFacts): void {
  const { theme, frame } = ctx;
  const style = { size: theme.size.tiny, color: theme.colour.muted };
  let x = frame.left;
  let y = frame.y + 4;
  for (const [position, g] of facts.visible.entries()) {
    const label = ctx.text.layout(g.name, style, frame.width / 2);
    const w = 12 + label.width + 14;
    if (x + w > frame.right && x > frame.left) {
      x = frame.left;
      y += 12;
    }
    drawMarker(ctx, groupMarker(position), x + 4, y + 4, 2.8);
    ctx.text.draw(label, x + 11, y + 4 - label.height / 2);
    x += w;
  }
  const span = ctx.text.layout(
    `Bar: lowest to highest, red for a perception gap${facts.visible.length <= MAX_GROUP_COLUMNS ? '; the two groups of a perception gap in bold' : ''}. –: too few answers to show.`,
    style,
    frame.width,
  );
  if (x + span.width + 12 > frame.right) {
    x = frame.left;
    y += 12;
  }
  ctx.text.draw(span, x, y + 4 - span.height / 2);
  moveDown(ctx, y + 12 - frame.y + 6);
}

/** The statements whose group means differ by 1.0 or more. */
function roleSplits(ctx: ReportContext, facts: GroupFacts): void {
  const { results } = ctx.input;
  const { colour, size } = ctx.theme;
  heading(ctx, 'Splits by role', 2, { keepWithNext: 60, toc: false });
  if (results.roleSplits.length === 0) {
    paragraph(
      ctx,
      'No statement splits the groups by role: on every statement the shown groups’ means are less than 1.0 apart (counting groups with at least two answers to it).',
      { color: colour.muted },
    );
    return;
  }
  paragraph(
    ctx,
    'Statements on which two shown groups’ means differ by 1.0 or more on the 1–5 scale, each group with at least two answers to the statement: where people closer to customers see it differently.',
    { size: size.small + 0.5, color: colour.muted },
    { after: 6 },
  );
  const name = (id: string): string => facts.names.get(id) ?? id;
  table(ctx, {
    columns: [
      { header: 'Statement', width: 5 },
      { header: 'Higher', width: 1.7 },
      { header: 'Lower', width: 1.7 },
      { header: 'Difference', width: 1.1, align: 'right' },
    ],
    rows: results.roleSplits.map((s) => {
      const item = ctx.facts.get(s.item);
      return {
        cells: [
          [
            { text: `${item?.ref ?? s.item}  `, weight: 'bold', color: colour.muted },
            { text: item?.text ?? s.item },
          ],
          `${name(s.high)} ${oneDecimal(s.highMean)}`,
          `${name(s.low)} ${oneDecimal(s.lowMean)}`,
          [{ text: oneDecimal(s.difference), weight: 'bold' }],
        ],
      };
    }),
  });
}

/**
 * The perception gap (docs/spec/scoring.md, "Role groups and the perception gap"), present only
 * when the audit has role groups: each group's size and index (or why it is not shown), each
 * dimension across the shown groups with its gap, and the statements split by role. Every
 * figure is the scoring model's.
 */
export function perceptionGap(ctx: ReportContext): void {
  const facts = groupFacts(ctx.input.results);
  if (!facts) return;
  const { theme, input } = ctx;
  const minGroupSize = input.file.audit.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  startChapter(ctx);
  heading(ctx, 'Perception gap', 1, { keepWithNext: 160 });
  paragraph(
    ctx,
    `Participants answered in ${plural(input.results.groups.length, 'role group')}. Each group’s figures come from its own members’ answers only (final rounds, without the team’s consensus). A group with fewer than ${minGroupSize} members who answered is shown with its size only, so that nobody’s answers can be worked out; when exactly one group is that small, the next smallest is held back with it. A gap of 25 points or more between two groups on a dimension (one step on the 1–5 scale) is a perception gap.`,
    { size: theme.size.small + 0.5, color: theme.colour.muted },
    { after: 6 },
  );
  groupsTable(ctx, facts);
  moveDown(ctx, 8);
  paragraph(ctx, gapsSentence(ctx, facts), { size: theme.size.body }, { after: 8 });
  if (facts.visible.length < 2) return;
  ensureSpace(ctx, 120);
  dimensionsTable(ctx, facts);
  markersLegend(ctx, facts);
  roleSplits(ctx, facts);
}
