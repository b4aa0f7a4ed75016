import { ACTION_STATUS_NAMES } from '../../../shared/audit-file/status-names.ts';
import { CONTACT_CATEGORY_NAMES } from '../../../shared/instrument/contact-categories.ts';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { itemRefs } from '../../../shared/instrument/refs.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';
import { roundOf } from '../../../shared/scoring/rounds.ts';
import { suppressedWhy } from '../report/model/groups.ts';
import { peopleOf } from '../report/model/people.ts';
import { planView } from '../report/model/plan.ts';
import type { ReportInput } from '../report/types.ts';
import { column, type Cell, type Table } from './table.ts';

/** Every table of an export, in the order the CSV folder lists them and the workbook shows them. */
export type ExportTables = {
  readonly summary: Table;
  readonly tables: readonly Table[];
};

const KIND_NAMES = {
  statement: 'Statement',
  sign: 'Failure sign',
  commitment: 'Commitment',
  target: 'Target',
} as const;

const AUDIT_STATUS_NAMES = { 'in-progress': 'In progress', complete: 'Complete' } as const;

/**
 * Builds the export tables of one audit from the audit as recorded and the results the
 * scoring model computed for it: every number is copied from `input.results`, unrounded;
 * nothing is computed here. `input` is what the report is made from: for an anonymous export,
 * already anonymised by the report's own path (report/model/anonymous.ts), so the tables show
 * the same codes and replacements as the PDF; `anonymous` leaves out names and roles.
 */
export function exportTables(input: ReportInput, anonymous: boolean): ExportTables {
  const { file, instrument, results } = input;
  const people = peopleOf(file, anonymous);
  const refs = itemRefs(instrument);
  const catalog = catalogOf(instrument);
  const dimensionNames = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const groupNames = new Map([
    ...(file.groups ?? []).map((g) => [g.id, g.name] as const),
    ...results.groups.map((g) => [g.id, g.name] as const),
  ]);
  const resultOf = new Map(results.items.map((r) => [r.id, r]));
  const groupOf = new Map(file.participants.map((p) => [p.id, p.group ?? null]));
  const dimensionOf = (item: string): string =>
    dimensionNames.get(catalog.get(item)?.dimensionId ?? '') ?? '';
  const kindOf = (item: string): string => {
    const kind = catalog.get(item)?.kind;
    return kind ? KIND_NAMES[kind] : '';
  };
  const ref = (item: string): string => refs.get(item)?.ref ?? item;

  const summary: Table = {
    id: 'summary',
    title: 'Summary',
    columns: [column('Field', 'text', 28), column('Value', 'auto', 60)],
    rows: [
      ['Organisation', file.audit.organization],
      ['Audit', file.audit.title],
      ['Date', { date: file.audit.date }],
      ['Facilitator', file.audit.facilitator ?? ''],
      ['Status', AUDIT_STATUS_NAMES[file.audit.status]],
      ['Instrument', `${instrument.name} ${instrument.version}`],
      ['Participants', { number: file.participants.length, format: 'integer' }],
      ['Participants shown', anonymous ? 'By code (anonymous)' : 'By name'],
      ['Level', results.level ?? 'Not enough answers for a level'],
      ['Level from the index alone', results.levelFromIndex ?? ''],
      ['Index', results.index === null ? null : { number: results.index, format: 'percent' }],
      ['Caps on the level', results.caps.map((c) => c.reason).join(' ')],
      ['Completeness', { number: results.completeness, format: 'share' }],
      ['Provisional', results.provisional],
      [
        'Commitment',
        results.commitment.percent === null
          ? null
          : { number: results.commitment.percent, format: 'percent' },
      ],
    ],
  };

  const order = new Map([...catalog.values()].map((item) => [item.id, item.order]));
  const answers: Table = {
    id: 'answers',
    title: 'Answers',
    columns: [
      column(anonymous ? 'Participant (code)' : 'Participant', 'text', 24),
      column('Code', 'text', 8),
      column('Role', 'text', 16),
      column('Group', 'text', 18),
      column('Item', 'text', 16),
      column('Ref', 'text', 6),
      column('Kind', 'text', 12),
      column('Dimension', 'text', 26),
      column('Round', 'integer', 8),
      column('Final round', 'boolean', 12),
      column('Value', 'integer', 8),
      column('Not sure', 'boolean', 10),
      column('Note', 'text', 50),
    ],
    rows: file.responses
      .map((r, i) => ({ r, i, p: people.all.findIndex((p) => p.id === r.participant) }))
      .sort(
        (a, b) =>
          a.p - b.p ||
          (order.get(a.r.item) ?? 0) - (order.get(b.r.item) ?? 0) ||
          roundOf(a.r) - roundOf(b.r) ||
          a.i - b.i,
      )
      .map(({ r }) => {
        const person = people.byId.get(r.participant);
        const group = groupOf.get(r.participant);
        return [
          person?.label ?? r.participant,
          person?.code ?? '',
          person?.role ?? '',
          group ? (groupNames.get(group) ?? group) : '',
          r.item,
          ref(r.item),
          kindOf(r.item),
          dimensionOf(r.item),
          roundOf(r),
          resultOf.get(r.item)?.finalRound === roundOf(r),
          r.value,
          r.value === null,
          r.note ?? '',
        ];
      }),
  };

  const discussion = new Map(file.discussion.map((d) => [d.item, d.note]));
  const consensusNote = new Map(file.consensus.map((c) => [c.item, c.note ?? '']));
  const items: Table = {
    id: 'items',
    title: 'Item statistics',
    columns: [
      column('Item', 'text', 16),
      column('Ref', 'text', 6),
      column('Kind', 'text', 12),
      column('Dimension', 'text', 26),
      column('Text', 'text', 50),
      column('Round', 'integer', 8),
      column('Final round', 'boolean', 12),
      column('Answers', 'integer', 9),
      column('Not sure', 'integer', 9),
      column('Mean', 'decimal', 8),
      column('SD', 'decimal', 8),
      column('Range', 'integer', 8),
      column('Median', 'decimal', 8),
      column('Agreement', 'share', 11),
      column('Misaligned', 'boolean', 11),
      column('Consensus', 'integer', 11),
      column('Team value', 'decimal', 11),
      column('Converged', 'boolean', 11),
      column('SD change', 'decimal', 10),
      column('Discussion note', 'text', 40),
      column('Consensus note', 'text', 40),
    ],
    rows: results.items.flatMap((item) => itemRows(item)),
  };
  function itemRows(item: ItemResult): Cell[][] {
    const head: Cell[] = [
      item.id,
      ref(item.id),
      kindOf(item.id),
      dimensionOf(item.id),
      catalog.get(item.id)?.text ?? '',
    ];
    const team = (final: boolean): Cell[] =>
      final
        ? [
            item.consensus,
            item.value,
            item.converged ?? null,
            item.sdChange ?? null,
            discussion.get(item.id) ?? '',
            consensusNote.get(item.id) ?? '',
          ]
        : [null, null, null, null, '', ''];
    if (!item.rounds) {
      return [
        [
          ...head,
          item.finalRound,
          item.finalRound !== null,
          item.n,
          item.unsure,
          item.mean,
          item.sd,
          item.range,
          null,
          null,
          item.misaligned,
          ...team(true),
        ],
      ];
    }
    return item.rounds.map((round) => {
      const final = round.round === item.finalRound;
      return [
        ...head,
        round.round,
        final,
        round.n,
        round.unsure,
        round.mean,
        round.sd,
        final ? item.range : null,
        round.median,
        round.agreement,
        round.misaligned,
        ...team(final),
      ];
    });
  }

  const gapOf = new Map(results.perceptionGaps.map((g) => [g.dimension, g]));
  const groupName = (id: string): string => groupNames.get(id) ?? id;
  const dimensions: Table = {
    id: 'dimensions',
    title: 'Dimensions',
    columns: [
      column('Dimension', 'text', 28),
      column('Id', 'text', 14),
      column('Weight', 'decimal', 8),
      column('Score', 'decimal', 8),
      column('Percent', 'percent', 9),
      column('Coverage', 'share', 10),
      column('Statements answered', 'integer', 11),
      column('Insufficient', 'boolean', 12),
      column('Alignment (mean SD)', 'decimal', 12),
      column('Group gap (points)', 'percent', 12),
      column('Highest group', 'text', 18),
      column('Highest group %', 'percent', 12),
      column('Lowest group', 'text', 18),
      column('Lowest group %', 'percent', 12),
      column('Perception gap', 'boolean', 12),
    ],
    rows: results.dimensions.map((d) => {
      const gap = gapOf.get(d.id);
      return [
        d.name,
        d.id,
        d.weight,
        d.score,
        d.percent,
        d.coverage,
        d.answered,
        d.insufficient,
        d.alignment,
        gap?.gap ?? null,
        gap ? groupName(gap.high) : '',
        gap?.highPercent ?? null,
        gap ? groupName(gap.low) : '',
        gap?.lowPercent ?? null,
        gap ? gap.flagged : null,
      ];
    }),
  };

  const minGroupSize = file.audit.minGroupSize ?? 3;
  const groups: Table = {
    id: 'groups',
    title: 'Groups',
    columns: [
      column('Group', 'text', 22),
      column('Size', 'integer', 7),
      column('Shown', 'boolean', 8),
      column('Group index', 'percent', 11),
      column('Dimension', 'text', 28),
      column('Percent', 'percent', 9),
      column('Coverage', 'share', 10),
      column('Insufficient', 'boolean', 12),
      column('Note', 'text', 44),
    ],
    rows: results.groups.flatMap((g): Cell[][] =>
      g.suppressed
        ? [[g.name, g.size, false, null, '', null, null, null, suppressedWhy(g.size, minGroupSize)]]
        : g.dimensions.map((d) => [
            g.name,
            g.size,
            true,
            g.index,
            dimensionNames.get(d.id) ?? d.id,
            d.percent,
            d.coverage,
            d.insufficient,
            '',
          ]),
    ),
  };

  const splits: Table = {
    id: 'splits',
    title: 'Role splits',
    columns: [
      column('Ref', 'text', 6),
      column('Item', 'text', 16),
      column('Statement', 'text', 50),
      column('Higher group', 'text', 18),
      column('Higher mean', 'decimal', 11),
      column('Lower group', 'text', 18),
      column('Lower mean', 'decimal', 11),
      column('Difference', 'decimal', 11),
    ],
    rows: results.roleSplits.map((s) => [
      ref(s.item),
      s.item,
      catalog.get(s.item)?.text ?? '',
      groupName(s.high),
      s.highMean,
      groupName(s.low),
      s.lowMean,
      s.difference,
    ]),
  };

  const signNames = new Map(instrument.signs.map((s) => [s.id, s.name]));
  const signs: Table = {
    id: 'signs',
    title: 'Failure signs',
    columns: [
      column('Ref', 'text', 6),
      column('Sign', 'text', 36),
      column('Id', 'text', 16),
      column('Severity', 'decimal', 10),
      column('Present', 'boolean', 9),
      column('Severe', 'boolean', 8),
    ],
    rows: results.signs.map((s) => [
      ref(s.id),
      signNames.get(s.id) ?? s.id,
      s.id,
      s.severity,
      s.present,
      s.severe,
    ]),
  };

  const plan = planView(file, results);
  const recommendation = (source: string) =>
    results.actions.find((r) => r.id === source) ?? results.actions.find((r) => r.libraryId === source);
  const actions: Table = {
    id: 'actions',
    title: 'Actions',
    columns: [
      column('Kind', 'text', 16),
      column('Status', 'text', 12),
      column('Title', 'text', 44),
      column('Owner', 'text', 20),
      column('Due', 'date', 12),
      column('Success measure', 'text', 36),
      column('Description', 'text', 50),
      column('Recommendation', 'text', 28),
      column('Urgent', 'boolean', 8),
      column('Horizon (days)', 'integer', 10),
      column('Suggested owner', 'text', 22),
      column('Why', 'text', 50),
    ],
    rows: [
      ...file.actions.map((a): Cell[] => {
        const from = recommendation(a.source);
        return [
          'Plan',
          ACTION_STATUS_NAMES[a.status],
          a.title,
          a.owner ?? '',
          a.due ? { date: a.due } : null,
          a.successMeasure ?? '',
          a.description ?? '',
          from?.id ?? a.source,
          from ? from.urgent : null,
          from?.horizonDays ?? null,
          from?.ownerRole ?? '',
          from?.reason ?? '',
        ];
      }),
      ...plan.undecided.map((r): Cell[] => [
        'Recommendation',
        'Not decided',
        r.title,
        '',
        null,
        '',
        r.description,
        r.id,
        r.urgent,
        r.horizonDays,
        r.ownerRole,
        r.reason,
      ]),
    ],
  };

  const contacts: Table = {
    id: 'contacts',
    title: 'Contacts',
    columns: [
      column('Contact', 'text', 28),
      column('Category', 'text', 13),
      column('Importance', 'integer', 11),
      column('Performance', 'integer', 12),
      column('Gap', 'integer', 6),
      column('Priority gap', 'boolean', 12),
      column('Priority rank', 'integer', 12),
      column('Note', 'text', 50),
    ],
    rows: results.contacts.map((c, i) => [
      c.name,
      CONTACT_CATEGORY_NAMES[c.category],
      c.importance,
      c.performance,
      c.gap,
      c.priorityGap,
      c.priorityRank,
      file.contacts[i]?.note ?? '',
    ]),
  };

  return { summary, tables: [answers, items, dimensions, groups, splits, signs, actions, contacts] };
}
