/**
 * The shape of an audit instrument: the questions a team answers and the action
 * library the recommendations draw from. Content is versioned so old audits keep
 * the wording they were scored with.
 */

import type { ContactCategory } from './contact-categories.ts';

/** Which part of the instrument an item belongs to; it fixes the item's answer scale. */
export type SectionKind = 'statement' | 'sign' | 'commitment' | 'target';

/** An answer scale: integer values from `min` to `max`, each with a label. */
export type Scale = {
  readonly min: number;
  readonly max: number;
  readonly labels: readonly string[];
};

export type Statement = {
  readonly id: string;
  readonly text: string;
  /** One line for the facilitator: what to listen for when the team discusses it. */
  readonly hint: string;
};

export type Dimension = {
  readonly id: string;
  readonly name: string;
  /** What the dimension is about, in one sentence. */
  readonly summary: string;
  readonly weight: number;
  readonly items: readonly Statement[];
};

export type FailureSign = {
  readonly id: string;
  readonly name: string;
  /** The question put to the team: how present is this here? */
  readonly text: string;
};

export type CommitmentItem = {
  readonly id: string;
  readonly text: string;
};

export type AccountabilityTarget = {
  readonly id: string;
  readonly name: string;
  /** The question put to the team: do we have an explicit, owned target for this? */
  readonly text: string;
};

export type HorizonDays = 30 | 90 | 180;

export type DimensionBand = 'low' | 'mid' | 'high';

/**
 * Which rule of docs/spec/scoring.md selects an action from the library.
 * - `sign:<signId>`: the failure sign is present (urgent when severe)
 * - `dimension:<dimensionId>:<band>`: the dimension's percent falls in the band
 * - `misaligned`: one per misaligned statement; `{statement}` in the title is filled in
 * - `commitment:<itemId>`: the commitment item is "No" on balance
 * - `target:<targetId>`: the accountability target is missing or partial
 * - `contact-gap:<category>`: one per priority-gap contact; `{contact}` is filled in
 * - `perception-gap:<dimensionId>`: the role groups see the dimension 25 points or more
 *   apart; `{high}` and `{low}` are filled in with the two groups' names
 */
export type ActionRule =
  | `sign:${string}`
  | `dimension:${string}:${DimensionBand}`
  | 'misaligned'
  | `commitment:${string}`
  | `target:${string}`
  | `contact-gap:${ContactCategory}`
  | `perception-gap:${string}`;

export type LibraryAction = {
  readonly id: string;
  readonly rule: ActionRule;
  readonly title: string;
  /** One paragraph: what to do, who is in the room, what "done" looks like. */
  readonly description: string;
  readonly horizonDays: HorizonDays;
  readonly ownerRole: string;
};

export type Instrument = {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly dimensions: readonly Dimension[];
  readonly signs: readonly FailureSign[];
  readonly commitment: readonly CommitmentItem[];
  readonly targets: readonly AccountabilityTarget[];
  readonly contactCategories: readonly ContactCategory[];
  readonly actions: readonly LibraryAction[];
};
