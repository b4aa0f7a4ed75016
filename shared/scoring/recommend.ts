import type { Catalog } from '../instrument/catalog.ts';
import type { DimensionBand, Instrument, LibraryAction } from '../instrument/types.ts';
import { atLeast, formatNumber, round6, roundForDisplay } from './numbers.ts';
import type {
  ActionGroup,
  CommitmentResult,
  ContactResult,
  DimensionResult,
  GroupResult,
  ItemResult,
  PerceptionGapResult,
  RecommendedAction,
  SignResult,
  TargetResult,
} from './results.ts';

/** The band of a dimension's percent for action selection (docs/spec/scoring.md, "Recommended actions"). */
export function bandOf(percent: number): DimensionBand {
  if (atLeast(percent, 70)) return 'high';
  if (atLeast(percent, 40)) return 'mid';
  return 'low';
}

/** The order groups appear in the action list. */
const GROUP_ORDER: readonly ActionGroup[] = [
  'urgent-sign',
  'sign',
  'low-dimension',
  'misaligned',
  'perception-gap',
  'commitment',
  'target',
  'contact',
  'mid-dimension',
  'high-dimension',
];

type Candidate = {
  readonly group: ActionGroup;
  /** Sorted ascending within the group; ties keep the order candidates were made in (instrument order). */
  readonly sortKey: number;
  readonly action: RecommendedAction;
};

export type RecommendationInputs = {
  readonly instrument: Instrument;
  readonly catalog: Catalog;
  readonly items: readonly ItemResult[];
  readonly dimensions: readonly DimensionResult[];
  readonly signs: readonly SignResult[];
  readonly commitment: CommitmentResult;
  readonly targets: readonly TargetResult[];
  readonly contacts: readonly ContactResult[];
  /** Absent or empty without role groups. */
  readonly groups?: readonly GroupResult[];
  readonly perceptionGaps?: readonly PerceptionGapResult[];
};

/** Fills each `{placeholder}` of a library text with its value. */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  // One pass, so a value that itself reads like a placeholder is never filled in again.
  return text.replace(
    /\{(\w+)\}/g,
    (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole) ?? whole,
  );
}

/** Selects library actions by the rules of docs/spec/scoring.md, each with its reason, in the specified order. */
export function recommendActions(inputs: RecommendationInputs): RecommendedAction[] {
  const { instrument, catalog } = inputs;
  const byRule = new Map<string, LibraryAction[]>();
  for (const action of instrument.actions) {
    const list = byRule.get(action.rule) ?? [];
    list.push(action);
    byRule.set(action.rule, list);
  }
  const candidates: Candidate[] = [];
  const select = (
    rule: string,
    group: ActionGroup,
    sortKey: number,
    reason: string,
    instance?: { suffix?: string; values: Readonly<Record<string, string>> },
  ): void => {
    for (const action of byRule.get(rule) ?? []) {
      const title = instance ? fill(action.title, instance.values) : action.title;
      const description = instance ? fill(action.description, instance.values) : action.description;
      candidates.push({
        group,
        sortKey,
        action: {
          id: instance?.suffix ? `${action.id}:${instance.suffix}` : action.id,
          libraryId: action.id,
          title,
          description,
          rule: action.rule,
          group,
          urgent: group === 'urgent-sign',
          horizonDays: action.horizonDays,
          ownerRole: action.ownerRole,
          reason,
        },
      });
    }
  };

  const signNames = new Map(instrument.signs.map((s) => [s.id, s.name]));
  for (const sign of inputs.signs) {
    if (!sign.present || sign.severity === null) continue;
    const name = signNames.get(sign.id) ?? sign.id;
    const severity = formatNumber(sign.severity, 1);
    if (sign.severe) {
      select(
        `sign:${sign.id}`,
        'urgent-sign',
        0,
        `Failure sign "${name}" is severe: team severity ${severity} of 3.`,
      );
    } else {
      select(
        `sign:${sign.id}`,
        'sign',
        0,
        `Failure sign "${name}" is present: team severity ${severity} of 3.`,
      );
    }
  }

  for (const dimension of inputs.dimensions) {
    if (dimension.percent === null) continue;
    const band = bandOf(dimension.percent);
    const shown = roundForDisplay(dimension.percent);
    const thin = dimension.insufficient
      ? ` Only ${roundForDisplay(dimension.coverage * 100)} % of its statements were answered, so treat this as a first reading.`
      : '';
    const reasons: Record<DimensionBand, string> = {
      low: `${dimension.name} scores ${shown} %, below 40 %.`,
      mid: `${dimension.name} scores ${shown} %, between 40 % and 70 %.`,
      high: `${dimension.name} scores ${shown} %, 70 % or more: keep it there.`,
    };
    const group: ActionGroup = `${band}-dimension`;
    select(
      `dimension:${dimension.id}:${band}`,
      group,
      band === 'low' ? round6(dimension.percent) : 0,
      reasons[band] + thin,
    );
  }

  for (const item of inputs.items) {
    if (!item.misaligned) continue;
    const statement = catalog.get(item.id);
    if (!statement || item.sd === null || item.range === null) continue;
    select(
      'misaligned',
      'misaligned',
      -round6(item.sd),
      `The team is split on "${statement.text}": ${item.n} answers spanning ${formatNumber(item.range, 0)} points ` +
        `(standard deviation ${formatNumber(item.sd, 2)}).`,
      { suffix: item.id, values: { statement: statement.text } },
    );
  }

  const groupNames = new Map((inputs.groups ?? []).map((g) => [g.id, g.name]));
  const dimensionNames = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  for (const gap of inputs.perceptionGaps ?? []) {
    if (!gap.flagged) continue;
    const high = groupNames.get(gap.high) ?? gap.high;
    const low = groupNames.get(gap.low) ?? gap.low;
    select(
      `perception-gap:${gap.dimension}`,
      'perception-gap',
      -round6(gap.gap),
      `${high} put ${dimensionNames.get(gap.dimension) ?? gap.dimension} at ${roundForDisplay(gap.highPercent)} %, ` +
        `${low} at ${roundForDisplay(gap.lowPercent)} %: a perception gap of ${formatNumber(gap.gap, 1)} points.`,
      { values: { high, low } },
    );
  }

  const commitmentText = new Map(instrument.commitment.map((c) => [c.id, c.text]));
  for (const id of inputs.commitment.no) {
    select(
      `commitment:${id}`,
      'commitment',
      0,
      `"${commitmentText.get(id) ?? id}" is answered No on balance.`,
    );
  }

  const targetNames = new Map(instrument.targets.map((t) => [t.id, t.name]));
  for (const target of inputs.targets) {
    if (target.state !== 'missing' && target.state !== 'partial') continue;
    const name = targetNames.get(target.id) ?? target.id;
    select(
      `target:${target.id}`,
      'target',
      0,
      target.state === 'missing'
        ? `There is no explicit, owned target for ${name.toLowerCase()}.`
        : `The target for ${name.toLowerCase()} is only partly in place.`,
    );
  }

  inputs.contacts.forEach((contact, position) => {
    if (!contact.priorityGap || contact.priorityRank === null) return;
    select(
      `contact-gap:${contact.category}`,
      'contact',
      contact.priorityRank,
      `"${contact.name}" (${contact.category}) matters ${contact.importance} of 5 but performs at ` +
        `${contact.performance} of 5: a gap of ${contact.gap}.`,
      { suffix: `contact-${position + 1}`, values: { contact: contact.name } },
    );
  });

  return GROUP_ORDER.flatMap((group) =>
    candidates
      .filter((c) => c.group === group)
      .map((c, position) => ({ c, position }))
      .sort((a, b) => a.c.sortKey - b.c.sortKey || a.position - b.position)
      .map(({ c }) => c.action),
  );
}
