import type { ContactCategory } from '../instrument/contact-categories.ts';

/** One participant's answer to one item: an integer on the item's scale, or null for "Not sure". */
export type ScoredResponse = {
  readonly participant: string;
  readonly item: string;
  readonly value: number | null;
  /** The re-vote round the answer was given in (docs/spec/scoring.md, "Re-vote rounds"); absent means 1. */
  readonly round?: number;
};

/** The value the team agreed on for an item after discussion. */
export type ScoredConsensus = {
  readonly item: string;
  readonly value: number;
};

/** A priority customer contact as rated by the team; its id joins its result to the contact. */
export type ScoredContact = {
  readonly id: string;
  readonly name: string;
  readonly category: ContactCategory;
  readonly importance: number;
  readonly performance: number;
};

/** A role group of the audit (docs/spec/scoring.md, "Role groups"); its name is used in action wording. */
export type ScoredGroup = {
  readonly id: string;
  readonly name: string;
};

/** The smallest group whose figures are shown, when the audit sets none (docs/spec/scoring.md, "Role groups"). */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/** Everything the scoring model reads from an audit; names and notes play no part in it. */
export type AuditAnswers = {
  /** Participant ids in roster order; completeness counts answers against them. */
  readonly participants: readonly string[];
  readonly responses: readonly ScoredResponse[];
  readonly consensus: readonly ScoredConsensus[];
  readonly contacts: readonly ScoredContact[];
  /** The audit's role groups in audit order; absent or empty when the audit has none. */
  readonly groups?: readonly ScoredGroup[];
  /** Each grouped participant's group id; a participant not in it belongs to no group. */
  readonly groupOf?: ReadonlyMap<string, string>;
  /** Groups smaller than this are suppressed; DEFAULT_MIN_GROUP_SIZE when absent. */
  readonly minGroupSize?: number;
};
