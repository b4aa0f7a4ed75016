import type { ReviewOutcome } from '../audit-file/fields.ts';
import type { Dimension, Instrument } from '../instrument/types.ts';
import { dimensionFigures, readinessIndex } from './dimensions.ts';
import { LEVELS, type Level } from './levels.ts';
import { roundForDisplay } from './numbers.ts';
import type { AuditResults, SignResult } from './results.ts';

/** One audit of an organisation as the trend takes it: what it is, its instrument and its results. */
export type TrendAudit = {
  readonly id: string;
  readonly title: string;
  /** The audit's date, YYYY-MM-DD. */
  readonly date: string;
  readonly instrument: Instrument;
  readonly results: AuditResults;
  /** The outcome its review gave each action of the plan before it (undefined: not reviewed yet). */
  readonly review?: readonly { readonly outcome?: ReviewOutcome | '' | null }[];
};

/** Up, down or the same, on the figures as shown (rounded to whole percents); null when either side has none. */
export type Direction = 'up' | 'down' | 'same';

/** One dimension's percent in one audit, on the statements every audit of the trend shares. */
export type TrendDimensionPoint = {
  readonly id: string;
  readonly percent: number | null;
  /** Fewer than half the shared statements have a value: shown tentatively, out of the index. */
  readonly insufficient: boolean;
  /** Whole points since the audit before, as shown (pointsChange); null for the first or when either has no percent. */
  readonly change: number | null;
  readonly direction: Direction | null;
};

/** One audit in the trend, with what changed since the one before. */
export type TrendPoint = {
  readonly auditId: string;
  readonly title: string;
  readonly date: string;
  /** The readiness index on the shared statements (the audit's own index when every statement is shared). */
  readonly index: number | null;
  /** The audit's own readiness level, caps applied. */
  readonly level: Level | null;
  /** Whole points since the audit before, as shown (pointsChange). */
  readonly indexChange: number | null;
  readonly levelChange: Direction | null;
  readonly dimensions: readonly TrendDimensionPoint[];
};

/** A failure sign in the first audit compared and in the latest. */
export type TrendSign = {
  readonly id: string;
  readonly name: string;
  readonly then: Pick<SignResult, 'severity' | 'present' | 'severe'> | null;
  readonly now: Pick<SignResult, 'severity' | 'present' | 'severe'> | null;
};

/** Counts by outcome of the latest audit's review of the plan before it. */
export type PlanOutcome = {
  readonly total: number;
  readonly done: number;
  readonly inProgress: number;
  readonly dropped: number;
  readonly carried: number;
  readonly unreviewed: number;
};

/** The statements every audit's instrument has, in the order of the latest audit's instrument. */
export type ComparableItems = {
  readonly statements: readonly string[];
  /** How many statements the latest audit's instrument has. */
  readonly of: number;
};

/** The organisation's progress across its audits, oldest first (docs/spec/product.md, "Clients and progress over time"). */
export type Trend = {
  readonly audits: readonly TrendPoint[];
  /** The dimensions compared (those with a shared statement), in the latest instrument's order. */
  readonly dimensions: readonly { readonly id: string; readonly name: string; readonly weight: number }[];
  readonly comparable: ComparableItems;
  /** "Compared on 65 of 65 statements both versions share." */
  readonly compatibility: string;
  /** Failure signs every instrument has: in the first audit and in the latest. */
  readonly signs: readonly TrendSign[];
  /** The latest audit's review of last time's plan; null when it reviewed none. */
  readonly planOutcome: PlanOutcome | null;
};

/** The statements of one instrument, by id, with the dimension they belong to. */
function statementsOf(instrument: Instrument): Map<string, string> {
  return new Map(instrument.dimensions.flatMap((d) => d.items.map((s) => [s.id, d.id] as const)));
}

/**
 * The statements every instrument of the trend shares, in the same dimension, in the latest
 * instrument's order: the only ones an index or a dimension is compared on across audits.
 */
export function comparableItems(instruments: readonly Instrument[]): ComparableItems {
  const latest = instruments.at(-1);
  if (!latest) return { statements: [], of: 0 };
  const others = instruments.map(statementsOf);
  const statements = [...statementsOf(latest)].flatMap(([id, dimension]) =>
    others.every((o) => o.get(id) === dimension) ? [id] : [],
  );
  return { statements, of: statementsOf(latest).size };
}

/** The sentence that says what the comparison rests on ("both versions" also when every audit used the same one). */
export function compatibilityLine(comparable: ComparableItems, versionCount: number): string {
  const versions = versionCount > 2 ? 'all versions share' : 'both versions share';
  const noun = comparable.of === 1 ? 'statement' : 'statements';
  return `Compared on ${comparable.statements.length} of ${comparable.of} ${noun} ${versions}.`;
}

function direction(before: number | null, after: number | null): Direction | null {
  if (before === null || after === null) return null;
  const a = roundForDisplay(before);
  const b = roundForDisplay(after);
  return b > a ? 'up' : b < a ? 'down' : 'same';
}

function levelDirection(before: Level | null, after: Level | null): Direction | null {
  if (before === null || after === null) return null;
  const a = LEVELS.indexOf(before);
  const b = LEVELS.indexOf(after);
  return b > a ? 'up' : b < a ? 'down' : 'same';
}

/**
 * The change in whole points as shown: the difference of the display-rounded figures, so the
 * changes a reader sees add up to the figures they see.
 */
export function pointsChange(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : roundForDisplay(after) - roundForDisplay(before);
}

const difference = pointsChange;

function planOutcomeOf(review: TrendAudit['review']): PlanOutcome | null {
  if (!review || review.length === 0) return null;
  const count = (outcome: ReviewOutcome) => review.filter((r) => r.outcome === outcome).length;
  const done = count('done');
  const inProgress = count('in-progress');
  const dropped = count('dropped');
  const carried = count('carried');
  return {
    total: review.length,
    done,
    inProgress,
    dropped,
    carried,
    unreviewed: review.length - done - inProgress - dropped - carried,
  };
}

/**
 * The trend of an organisation's audits, given oldest first: the index and level of each, each
 * dimension's percent, what changed since the audit before, the failure signs in the first
 * audit and the latest, and the latest audit's review of last time's plan. Index and
 * dimensions are figured on the statements every instrument shares (comparableItems), with
 * the dimension rule of docs/spec/scoring.md; with one instrument version they are exactly
 * each audit's own figures.
 */
export function trendOf(audits: readonly TrendAudit[]): Trend {
  const comparable = comparableItems(audits.map((a) => a.instrument));
  const shared = new Set(comparable.statements);
  const latest = audits.at(-1);
  const dimensions: Dimension[] = (latest?.instrument.dimensions ?? []).flatMap((d) => {
    const items = d.items.filter((s) => shared.has(s.id));
    return items.length > 0 ? [{ ...d, items }] : [];
  });

  const points: TrendPoint[] = [];
  for (const audit of audits) {
    const values = new Map(audit.results.items.map((i) => [i.id, i.value]));
    // The audit's own weights: a dimension weighs in each audit as its instrument says.
    const weightOf = new Map(audit.instrument.dimensions.map((d) => [d.id, d.weight]));
    const figures = dimensions.map((d) => dimensionFigures(d, (id) => values.get(id) ?? null));
    const index = readinessIndex(
      figures,
      dimensions.map((d) => weightOf.get(d.id) ?? d.weight),
    );
    const before = points.at(-1);
    points.push({
      auditId: audit.id,
      title: audit.title,
      date: audit.date,
      index,
      level: audit.results.level,
      indexChange: difference(before?.index ?? null, index),
      levelChange: before ? levelDirection(before.level, audit.results.level) : null,
      dimensions: dimensions.map((d, i) => {
        const percent = figures[i]?.percent ?? null;
        const earlier = before?.dimensions[i]?.percent ?? null;
        return {
          id: d.id,
          percent,
          insufficient: figures[i]?.insufficient ?? true,
          change: before ? difference(earlier, percent) : null,
          direction: before ? direction(earlier, percent) : null,
        };
      }),
    });
  }

  const first = audits[0];
  const everySign = (id: string) => audits.every((a) => a.instrument.signs.some((s) => s.id === id));
  const signOf = (audit: TrendAudit | undefined, id: string) => {
    const sign = audit?.results.signs.find((s) => s.id === id);
    return sign ? { severity: sign.severity, present: sign.present, severe: sign.severe } : null;
  };
  const signs = (latest?.instrument.signs ?? [])
    .filter((s) => everySign(s.id))
    .map((s) => ({ id: s.id, name: s.name, then: signOf(first, s.id), now: signOf(latest, s.id) }));

  return {
    audits: points,
    dimensions: dimensions.map((d) => ({ id: d.id, name: d.name, weight: d.weight })),
    comparable,
    compatibility: compatibilityLine(
      comparable,
      new Set(audits.map((a) => `${a.instrument.id}@${a.instrument.version}`)).size,
    ),
    signs,
    planOutcome: planOutcomeOf(latest?.review),
  };
}

/** A change as the trend shows it, on screen and in the report (as the report's change column): "+6", "-3", "0", or "–" when there is none. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  return change > 0 ? `+${change}` : change < 0 ? `-${-change}` : '0';
}

/** A dimension's first and latest percent with the change between them: "25 % to 75 % (+50)". */
export function spanText(first: number | null, last: number | null): string {
  const percent = (value: number | null) => (value === null ? '–' : `${roundForDisplay(value)} %`);
  return `${percent(first)} to ${percent(last)} (${changeText(pointsChange(first, last))})`;
}

/** A failure sign's state in one audit, in the words the trend uses: "Severe", "Present", "Not present", "Not answered". */
export function signStateText(sign: TrendSign['now']): string {
  if (sign === null || sign.severity === null) return 'Not answered';
  return sign.severe ? 'Severe' : sign.present ? 'Present' : 'Not present';
}

/** The plan outcome in one sentence: "Of the 6 actions of last time's plan, 3 done, 1 in progress, …". */
export function planOutcomeText(outcome: PlanOutcome): string {
  const parts = [
    `${outcome.done} done`,
    `${outcome.inProgress} in progress`,
    `${outcome.dropped} dropped`,
    `${outcome.carried} carried into this plan`,
    ...(outcome.unreviewed > 0 ? [`${outcome.unreviewed} not reviewed yet`] : []),
  ];
  const actions = outcome.total === 1 ? 'the 1 action' : `the ${outcome.total} actions`;
  return `Of ${actions} of last time’s plan: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}
