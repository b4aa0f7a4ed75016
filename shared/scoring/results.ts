import type { ContactCategory } from '../instrument/contact-categories.ts';
import type { HorizonDays } from '../instrument/types.ts';
import type { Cap, Level } from './levels.ts';

/** Team statistics of one item (docs/spec/scoring.md, "Team value of one item"). Numbers are unrounded. */
export type ItemResult = {
  readonly id: string;
  /** Non-null answers. */
  readonly n: number;
  /** "Not sure" answers. */
  readonly unsure: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly range: number | null;
  readonly consensus: number | null;
  /** Consensus if recorded, else the mean; null when the item is unanswered. */
  readonly value: number | null;
  /** Only statements can be misaligned. */
  readonly misaligned: boolean;
  /** The round the figures above come from (docs/spec/scoring.md, "Re-vote rounds"); null when unanswered. */
  readonly finalRound: number | null;
  /** Each round with answers, in round order; present only when the item was answered in more than one round. */
  readonly rounds?: readonly RoundResult[];
  /** Misaligned in round 1 and no longer in the final round; present with `rounds`. */
  readonly converged?: boolean;
  /** sd(final round) − sd(round 1); null when either round has no value; present with `rounds`. */
  readonly sdChange?: number | null;
};

/** The answers of one re-vote round of an item (docs/spec/scoring.md, "Re-vote rounds"). Null when n = 0. */
export type RoundResult = {
  readonly round: number;
  readonly n: number;
  readonly unsure: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly median: number | null;
  /** Share of the round's answers within 1 of its median. */
  readonly agreement: number | null;
  /** The round's answers split the team by the rule of "Alignment" (statements only). */
  readonly misaligned: boolean;
};

/** What "Dimension scores" computes from the values of a dimension's statements: the team's, or one group's. */
export type DimensionFigures = {
  readonly score: number | null;
  readonly percent: number | null;
  /** Statements with a value (answered, or agreed in consensus); `coverage` is this over the statements. */
  readonly answered: number;
  readonly coverage: number;
  readonly insufficient: boolean;
};

/** A dimension's team figures (docs/spec/scoring.md, "Dimension scores"). */
export type DimensionResult = {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
} & DimensionFigures & {
    /** Mean sd over items answered by at least two people; null when there is none. */
    readonly alignment: number | null;
  };

export type SignResult = {
  readonly id: string;
  readonly severity: number | null;
  readonly present: boolean;
  readonly severe: boolean;
};

export type CommitmentResult = {
  /** Null when no commitment item is answered. */
  readonly percent: number | null;
  /** Commitment items whose team value is below 1 ("No" on balance), in instrument order. */
  readonly no: readonly string[];
};

export type TargetState = 'missing' | 'partial' | 'in place';

export type TargetResult = {
  readonly id: string;
  readonly value: number | null;
  /** Null when nobody answered the target. */
  readonly state: TargetState | null;
};

export type ContactResult = {
  /** The contact's id: stored contacts have their own; a file's contact without one is `contact-N`. */
  readonly id: string;
  readonly name: string;
  readonly category: ContactCategory;
  readonly importance: number;
  readonly performance: number;
  readonly gap: number;
  readonly priorityGap: boolean;
  /** 1 for the largest priority gap (by gap, then importance); null when not a priority gap. */
  readonly priorityRank: number | null;
};

export type ActionGroup =
  | 'urgent-sign'
  | 'sign'
  | 'low-dimension'
  | 'misaligned'
  | 'perception-gap'
  | 'commitment'
  | 'target'
  | 'contact'
  | 'mid-dimension'
  | 'high-dimension';

/** A recommended action: a library action selected by a rule, with why it fired. */
export type RecommendedAction = {
  /** Unique in the list: the library id, suffixed with the statement id or contact position when instantiated. */
  readonly id: string;
  readonly libraryId: string;
  readonly title: string;
  readonly description: string;
  readonly rule: string;
  readonly group: ActionGroup;
  readonly urgent: boolean;
  readonly horizonDays: HorizonDays;
  readonly ownerRole: string;
  /** Why the rule fired, in plain words with the numbers that made it fire. */
  readonly reason: string;
};

/** How much of the audit has been answered (docs/spec/scoring.md, "Completeness"). */
export type CompletenessResult = {
  /** Answers given (values and "Not sure") / (participants × items); 0 with no participants. */
  readonly completeness: number;
  /** The level is provisional: completeness below 0.9, or someone answered fewer than half the items. */
  readonly provisional: boolean;
  /** Ids of the participants who have not answered every item, in roster order. */
  readonly incomplete: readonly string[];
};

/** A group's figures for one dimension, from its members' answers only (no consensus). */
export type GroupDimensionResult = { readonly id: string } & DimensionFigures;

/** A group's mean of one statement, from its members' non-null final-round answers. */
export type GroupStatementResult = {
  readonly id: string;
  readonly n: number;
  readonly mean: number | null;
};

/** A group too small to show (docs/spec/scoring.md, "Suppression"): its size, nothing else. */
export type SuppressedGroupResult = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly suppressed: true;
};

/** A group large enough to show its own readiness figures. */
export type VisibleGroupResult = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly suppressed: false;
  /** Null when none of the group's dimensions is sufficient. */
  readonly index: number | null;
  readonly dimensions: readonly GroupDimensionResult[];
  /** Statements only, in instrument order. */
  readonly statements: readonly GroupStatementResult[];
};

export type GroupResult = SuppressedGroupResult | VisibleGroupResult;

/** The spread of one dimension's percent across the groups where it is sufficient (docs/spec/scoring.md, "Perception gap"). */
export type PerceptionGapResult = {
  readonly dimension: string;
  /** Highest group percent − lowest group percent, in percentage points. */
  readonly gap: number;
  /** Group ids: the highest and the lowest percent. */
  readonly high: string;
  readonly low: string;
  readonly highPercent: number;
  readonly lowPercent: number;
  /** The gap is a perception gap: 25 points or more. */
  readonly flagged: boolean;
};

/** A statement on which two groups' means differ by 1.0 or more (docs/spec/scoring.md, "split by role"). */
export type RoleSplitResult = {
  readonly item: string;
  readonly high: string;
  readonly low: string;
  readonly difference: number;
  /** The two groups' means of the statement. */
  readonly highMean: number;
  readonly lowMean: number;
};

/** What the groups add to the results; all empty when the audit has no groups. */
export type GroupsResult = {
  /** Every group in audit order. */
  readonly groups: readonly GroupResult[];
  /** Dimensions sufficient in at least two shown groups, in instrument order. */
  readonly perceptionGaps: readonly PerceptionGapResult[];
  /** Statements split by role, in instrument order. */
  readonly roleSplits: readonly RoleSplitResult[];
};

/** Everything the scoring model computes for one audit; what `rca score --json` prints. */
export type AuditResults = {
  readonly instrument: { readonly id: string; readonly version: string };
  readonly dimensions: readonly DimensionResult[];
  readonly index: number | null;
  readonly level: Level | null;
  readonly levelFromIndex: Level | null;
  readonly caps: readonly Cap[];
  readonly items: readonly ItemResult[];
  readonly signs: readonly SignResult[];
  readonly commitment: CommitmentResult;
  readonly targets: readonly TargetResult[];
  readonly contacts: readonly ContactResult[];
  readonly actions: readonly RecommendedAction[];
} & CompletenessResult &
  GroupsResult;
