import type { Section, SectionItem } from '../instrument/sections.ts';
import type { ItemResult } from './results.ts';
import { splitsFirst } from './splits.ts';

/** One item the reveal talks through, with its section (its scale, its title). */
export type RevealEntry = { readonly section: Section; readonly item: SectionItem };

/**
 * The items of the reveal in the order it steps through them: only items someone answered,
 * the splits first (splits.ts). The room's projector presents them in this order; the app's
 * reveal (renderer/views/Reveal/reveal-rows.ts) narrows this same order with its filters.
 */
export function revealOrder(sections: readonly Section[], results: readonly ItemResult[]): RevealEntry[] {
  const stats = new Map(results.map((i) => [i.id, i]));
  const answered = sections
    .flatMap((section) => section.items.map((item) => ({ section, item })))
    .filter(({ item }) => (stats.get(item.id)?.n ?? 0) + (stats.get(item.id)?.unsure ?? 0) > 0);
  return splitsFirst(answered, (entry) => stats.get(entry.item.id));
}
