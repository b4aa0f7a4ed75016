import type { Catalog } from '../instrument/catalog.ts';
import type { AuditAnswers } from './inputs.ts';
import { atLeast } from './numbers.ts';
import type { CompletenessResult } from './results.ts';
import { finalRoundAnswers } from './rounds.ts';

/** Below this share of all possible answers the level is provisional (docs/spec/scoring.md, "Completeness"). */
const COMPLETE_ENOUGH = 0.9;
/** A participant who answered less than this share of the items makes the level provisional. */
const HALF = 0.5;

/**
 * How much of the audit has been answered (docs/spec/scoring.md, "Completeness"): answers given
 * (values and "Not sure", final rounds) over participants × items; a participant who did not
 * answer an item's final round has not answered it. The numbers elsewhere do not change;
 * the level is called provisional and the participants still missing answers are named.
 */
export function scoreCompleteness(catalog: Catalog, answers: AuditAnswers): CompletenessResult {
  const answeredBy = new Map<string, Set<string>>(answers.participants.map((p) => [p, new Set<string>()]));
  for (const response of finalRoundAnswers(answers.responses)) {
    if (catalog.has(response.item)) answeredBy.get(response.participant)?.add(response.item);
  }
  const items = catalog.size;
  const possible = answeredBy.size * items;
  let given = 0;
  let someoneBelowHalf = false;
  const incomplete: string[] = [];
  for (const [participant, answered] of answeredBy) {
    given += answered.size;
    if (answered.size < items) incomplete.push(participant);
    if (!atLeast(answered.size / items, HALF)) someoneBelowHalf = true;
  }
  const completeness = possible === 0 ? 0 : given / possible;
  return {
    completeness,
    provisional: !atLeast(completeness, COMPLETE_ENOUGH) || someoneBelowHalf,
    incomplete,
  };
}
