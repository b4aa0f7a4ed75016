import type { Section, SectionItem } from '../../../shared/instrument/sections.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';
import { splitsFirst } from '../../../shared/scoring/splits.ts';

/** One item the reveal shows, with the section it belongs to (its scale, its title). */
export type RevealRow = { readonly section: Section; readonly item: SectionItem };

/** Which items the reveal shows: a section or all, and optionally only the splits. */
export type RevealFilter = { readonly section: string; readonly splitsOnly: boolean };

/**
 * The items to talk through, in the order the overview lists them and the spotlight steps
 * through them: only items someone answered, the splits first (shared/scoring/splits.ts).
 */
export function revealRows(
  sections: readonly Section[],
  results: readonly ItemResult[],
  filter: RevealFilter,
): RevealRow[] {
  const stats = new Map(results.map((i) => [i.id, i]));
  const rows = sections
    .filter((s) => filter.section === 'all' || s.id === filter.section)
    .flatMap((section) => section.items.map((item) => ({ section, item })))
    .filter(({ item }) => (stats.get(item.id)?.n ?? 0) + (stats.get(item.id)?.unsure ?? 0) > 0)
    .filter(({ item }) => !filter.splitsOnly || stats.get(item.id)?.misaligned === true);
  return splitsFirst(rows, (row) => stats.get(row.item.id));
}
