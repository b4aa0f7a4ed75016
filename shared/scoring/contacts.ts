import type { ScoredContact } from './inputs.ts';
import { atLeast } from './numbers.ts';
import type { ContactResult } from './results.ts';

export const PRIORITY_GAP_AT = 2;

/**
 * Gap of each contact, in the order the team listed them, with the priority gaps ranked
 * by gap, then importance, both descending; ties keep the listed order.
 */
export function scoreContacts(contacts: readonly ScoredContact[]): ContactResult[] {
  const scored = contacts.map((contact, position) => {
    const gap = contact.importance - contact.performance;
    return { contact, position, gap, priorityGap: atLeast(gap, PRIORITY_GAP_AT) };
  });
  const ranked = scored
    .filter((s) => s.priorityGap)
    .sort((a, b) => b.gap - a.gap || b.contact.importance - a.contact.importance || a.position - b.position);
  const rankOf = new Map(ranked.map((s, i) => [s.position, i + 1]));
  return scored.map((s) => ({
    id: s.contact.id,
    name: s.contact.name,
    category: s.contact.category,
    importance: s.contact.importance,
    performance: s.contact.performance,
    gap: s.gap,
    priorityGap: s.priorityGap,
    priorityRank: rankOf.get(s.position) ?? null,
  }));
}
