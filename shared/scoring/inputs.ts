import type { ContactCategory } from '../instrument/types.ts';

/** One participant's answer to one item: an integer on the item's scale, or null for "Not sure". */
export type ScoredResponse = {
  readonly participant: string;
  readonly item: string;
  readonly value: number | null;
};

/** The value the team agreed on for an item after discussion. */
export type ScoredConsensus = {
  readonly item: string;
  readonly value: number;
};

/** A priority customer contact as rated by the team. */
export type ScoredContact = {
  readonly name: string;
  readonly category: ContactCategory;
  readonly importance: number;
  readonly performance: number;
};

/** Everything the scoring model reads from an audit; names and notes play no part in it. */
export type AuditAnswers = {
  /** Participant ids in roster order; completeness counts answers against them. */
  readonly participants: readonly string[];
  readonly responses: readonly ScoredResponse[];
  readonly consensus: readonly ScoredConsensus[];
  readonly contacts: readonly ScoredContact[];
};
