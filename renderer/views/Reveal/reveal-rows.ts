import type { Section } from '../../../shared/instrument/sections.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';
import { revealOrder, type RevealEntry } from '../../../shared/scoring/reveal-order.ts';

/** One item the reveal shows, with the section it belongs to (its scale, its title). */
export type RevealRow = RevealEntry;

/** Which items the reveal shows: a section or all, and optionally only the splits. */
export type RevealFilter = { readonly section: string; readonly splitsOnly: boolean };

/**
 * The items to talk through, in the order the overview lists them and the spotlight steps
 * through them: the reveal's one order (shared/scoring/reveal-order.ts, which the room's
 * projector follows too), narrowed to a section or to the splits. The order is a stable sort,
 * so narrowing it keeps the order it would have had.
 */
export function revealRows(
  sections: readonly Section[],
  results: readonly ItemResult[],
  filter: RevealFilter,
): RevealRow[] {
  const misaligned = new Set(results.filter((i) => i.misaligned).map((i) => i.id));
  return revealOrder(sections, results).filter(
    ({ section, item }) =>
      (filter.section === 'all' || section.id === filter.section) &&
      (!filter.splitsOnly || misaligned.has(item.id)),
  );
}
