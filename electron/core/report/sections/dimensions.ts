import type { Dimension } from '../../../../shared/instrument/types.ts';
import { scales } from '../../../../shared/instrument/scales.ts';
import { levelOf } from '../../../../shared/scoring/levels.ts';
import type { DimensionResult } from '../../../../shared/scoring/results.ts';
import { distributionBar } from '../charts/distribution-bar.ts';
import { percentBar } from '../charts/percent-bar.ts';
import { heading, paragraph } from '../layout/blocks.ts';
import type { ReportContext } from '../layout/context.ts';
import { measuredText, place, stack, type Measured } from '../layout/measured.ts';
import { refTag } from '../layout/ref-tag.ts';
import { addPage, ensureSpace, moveDown, startChapter } from '../layout/page.ts';
import type { Span } from '../layout/text.ts';
import type { ItemFacts, ItemNote } from '../model/audit-facts.ts';
import { oneDecimal, percentText, plural, twoDecimals } from '../model/format.ts';
import { commentaryBlock, dimensionCommentaryOf } from './commentary.ts';
import { answerLegend } from './legends.ts';

const REF_WIDTH = 28;

/** The scale's label for a value: 4 → "Agree". */
function labelOf(kind: ItemFacts['kind'], value: number): string {
  const scale = scales[kind];
  return scale.labels[value - scale.min] ?? String(value);
}

/** Notes about an item as spans: discussion, consensus, then each participant's note with who wrote it. */
export function noteSpans(ctx: ReportContext, notes: readonly ItemNote[]): Span[][] {
  const { colour } = ctx.theme;
  return notes.map((note) => {
    if (note.source === 'discussion') {
      return [
        { text: 'Discussion: ', weight: 'bold', color: colour.text },
        { text: note.text, color: colour.text },
      ];
    }
    if (note.source === 'consensus') {
      return [
        { text: 'Consensus note: ', weight: 'bold', color: colour.text },
        { text: note.text, color: colour.text },
      ];
    }
    const who = note.participant ? (ctx.people.byId.get(note.participant)?.label ?? note.participant) : '';
    return [
      { text: `${who}: `, weight: 'bold', color: colour.muted },
      { text: note.text, color: colour.muted },
    ];
  });
}

/** The statistics line under a statement's bar. */
function statsLine(facts: ItemFacts): string {
  const r = facts.result;
  if (r.n === 0) return r.unsure > 0 ? `No team value: ${r.unsure} not sure` : 'Not answered';
  const parts = [
    plural(r.n, 'answer'),
    ...(r.unsure > 0 ? [`${r.unsure} not sure`] : []),
    ...(r.mean !== null ? [`mean ${oneDecimal(r.mean)}`] : []),
    ...(r.n >= 2 ? [`sd ${twoDecimals(r.sd)}`] : []),
  ];
  return parts.join(' · ');
}

function statementHead(ctx: ReportContext, facts: ItemFacts): Measured {
  const { theme, frame } = ctx;
  const { colour, size } = theme;
  const width = frame.width - REF_WIDTH;
  const text = measuredText(ctx, facts.text, { size: size.body, color: colour.text }, width);
  const barWidth = 150;
  const statsWidth = width - barWidth - 12;
  const r = facts.result;
  const stats: Span[] = [{ text: statsLine(facts), color: colour.muted }];
  if (r.misaligned) stats.push({ text: '   SPLIT', weight: 'bold', color: colour.warning });
  const statsBlock = measuredText(ctx, stats, { size: size.small }, statsWidth);
  const valueSpans: Span[] | null =
    r.consensus === null
      ? null
      : [
          { text: 'Consensus ', color: colour.muted },
          {
            text: `${r.consensus} (${labelOf(facts.kind, r.consensus)})`,
            weight: 'bold',
            color: colour.text,
          },
          {
            text: `, agreed in discussion; this is the team value${r.mean !== null ? `, not the mean of ${oneDecimal(r.mean)}` : ''}.`,
            color: colour.muted,
          },
        ];
  const value = valueSpans ? measuredText(ctx, valueSpans, { size: size.small }, width) : null;
  const barRow = Math.max(12, statsBlock.height);
  const height = text.height + 4 + barRow + (value ? 2 + value.height : 0);
  return {
    height,
    draw: (x, y) => {
      refTag(ctx, facts.ref, x, y + 1.5);
      text.draw(x + REF_WIDTH, y);
      const barY = y + text.height + 4;
      distributionBar(
        ctx,
        { x: x + REF_WIDTH, y: barY + (barRow - 10) / 2, width: barWidth, height: 10 },
        facts,
      );
      statsBlock.draw(x + REF_WIDTH + barWidth + 12, barY + (barRow - statsBlock.height) / 2);
      value?.draw(x + REF_WIDTH, barY + barRow + 2);
    },
  };
}

/** One statement: text, distribution, statistics, consensus; then its notes, which may flow on. */
function statement(ctx: ReportContext, facts: ItemFacts): void {
  const head = statementHead(ctx, facts);
  const notes = noteSpans(ctx, facts.notes).map((spans) =>
    ctx.text.layout(spans, { size: ctx.theme.size.small, leading: 1.35 }, ctx.frame.width - REF_WIDTH - 8),
  );
  // The statement never ends a page without at least the first note line under it.
  const firstNote = notes[0] ? Math.min(notes[0].height, notes[0].lineHeight * 2) + 4 : 0;
  ensureSpace(ctx, head.height + firstNote);
  head.draw(ctx.frame.left, ctx.frame.y);
  moveDown(ctx, head.height);
  for (const note of notes) {
    moveDown(ctx, 3);
    flowNote(ctx, note);
  }
  moveDown(ctx, 12);
}

function flowNote(ctx: ReportContext, block: ReturnType<ReportContext['text']['layout']>): void {
  const { doc, frame, theme } = ctx;
  let from = 0;
  while (from < block.lines.length) {
    const fit = Math.max(0, Math.floor((frame.bottom - frame.y) / block.lineHeight));
    let take = Math.min(fit, block.lines.length - from);
    if (take < block.lines.length - from && block.lines.length - from - take < 2)
      take = Math.max(0, take - 1);
    if (take === 0) {
      addPage(ctx);
      continue;
    }
    const part = ctx.text.slice(block, from, from + take);
    const x = frame.left + REF_WIDTH;
    doc
      .save()
      .rect(x, frame.y + 1, 1.5, part.height - 2)
      .fill(theme.colour.accentTint)
      .restore();
    ctx.text.draw(part, x + 8, frame.y);
    moveDown(ctx, part.height);
    from += take;
    if (from < block.lines.length) addPage(ctx);
  }
}

function dimensionFigures(ctx: ReportContext, d: DimensionResult, dimension: Dimension): Measured {
  const { theme, frame } = ctx;
  const { colour, size } = theme;
  const figure = (label: string, value: string) => [
    { text: `${label} `, color: colour.muted },
    { text: value, weight: 'bold' as const, color: colour.text },
  ];
  const spans: Span[] = [
    ...figure('Score', d.score === null ? '–' : `${oneDecimal(d.score)} of 5`),
    { text: '   ·   ' },
    ...figure('Statements answered', `${d.answered} of ${dimension.items.length}`),
    { text: '   ·   ' },
    ...figure('Alignment', d.alignment === null ? '–' : `sd ${twoDecimals(d.alignment)}`),
  ];
  if (d.percent !== null && !d.insufficient) {
    spans.push({ text: '   ·   ' }, ...figure('On its own', levelOf(d.percent)));
  }
  const line = measuredText(ctx, spans, { size: size.small + 0.5, color: colour.muted }, frame.width);
  const warning = d.insufficient
    ? measuredText(
        ctx,
        'Insufficient answers: fewer than half of the statements were answered, so this dimension is left out of the readiness index.',
        { size: size.small, weight: 'bold', color: colour.warning },
        frame.width,
      )
    : null;
  return stack(warning ? [line, warning] : [line], 3);
}

/**
 * One section per dimension: its percent, score, coverage and alignment, the consultant's
 * commentary on it when there is one, then every statement with the team's answers, the
 * consensus and the notes.
 */
export function dimensionSections(ctx: ReportContext): void {
  const { input, theme, frame } = ctx;
  startChapter(ctx, { followOn: true });
  heading(ctx, 'Dimension by dimension', 1, { keepWithNext: 160 });
  paragraph(
    ctx,
    'For every statement: the team’s answers from strongly disagree to strongly agree, their mean and standard deviation, and the team value that enters the score (the consensus when the team agreed one in discussion, else the mean). SPLIT marks a statement the team disagreed on: a standard deviation of 1.0 or more with at least three answers, or answers 3 or more points apart. Statements are numbered by dimension: 2.3 is the third statement of dimension 2.',
    { size: theme.size.small + 0.5, color: theme.colour.muted },
    { after: 6 },
  );

  input.instrument.dimensions.forEach((dimension, index) => {
    const d = input.results.dimensions.find((r) => r.id === dimension.id);
    if (!d) return;
    const first = dimension.items[0] ? ctx.facts.get(dimension.items[0].id) : undefined;
    const firstHeight = first ? statementHead(ctx, first).height : 0;
    const figures = dimensionFigures(ctx, d, dimension);
    heading(ctx, `${index + 1}. ${dimension.name}`, 2, {
      keepWithNext: 70 + figures.height + firstHeight,
      subtitle: dimension.summary,
    });
    // The percent, large, with its bar; then the figures line.
    const percent = ctx.text.layout(
      d.percent === null ? 'No answers' : percentText(d.percent),
      {
        size: 18,
        weight: 'bold',
        color: d.insufficient ? theme.colour.muted : theme.colour.accentText,
        leading: 1.1,
      },
      120,
    );
    ctx.text.draw(percent, frame.left, frame.y);
    const previous = input.previous?.results.dimensions.find((p) => p.id === d.id)?.percent;
    percentBar(
      ctx,
      { x: frame.left + 120, y: frame.y + percent.height / 2 - 4, width: frame.width - 120, height: 8 },
      { percent: d.percent, previous, tentative: d.insufficient },
    );
    moveDown(ctx, percent.height + 4);
    if (previous !== undefined && previous !== null) {
      paragraph(
        ctx,
        `Previous audit: ${percentText(previous)} (the tick on the bar).`,
        {
          size: theme.size.small,
          color: theme.colour.muted,
        },
        { after: 2 },
      );
    }
    place(ctx, figures, 6);
    const commentary = dimensionCommentaryOf(input.file, dimension.id);
    if (commentary) {
      moveDown(ctx, 4);
      commentaryBlock(ctx, 'Commentary', commentary);
      ensureSpace(ctx, 40 + firstHeight);
    }
    moveDown(ctx, answerLegend(ctx, 'statement', { x: frame.left, y: frame.y, width: frame.width }) + 8);
    for (const statementDef of dimension.items) {
      const facts = ctx.facts.get(statementDef.id);
      if (facts) statement(ctx, facts);
    }
  });
}
