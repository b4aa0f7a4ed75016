import { describe, expect, it } from 'vitest';
import { scoreContacts } from '../../../shared/scoring/contacts.ts';

describe('priority contacts', () => {
  it('computes gap = importance − performance and flags gaps of 2 or more', () => {
    const results = scoreContacts([
      { name: 'Billing dispute', category: 'rescue', importance: 5, performance: 2 },
      { name: 'Renewal call', category: 'revenue', importance: 4, performance: 3 },
      { name: 'Onboarding', category: 'relationship', importance: 3, performance: 1 },
      { name: 'Praise', category: 'relationship', importance: 2, performance: 5 },
    ]);
    expect(results.map((c) => [c.gap, c.priorityGap])).toEqual([
      [3, true],
      [1, false],
      [2, true],
      [-3, false],
    ]);
  });

  it('ranks priority gaps by gap, then importance, both descending; ties keep the listed order', () => {
    const results = scoreContacts([
      { name: 'A', category: 'request', importance: 3, performance: 1 }, // gap 2, imp 3
      { name: 'B', category: 'request', importance: 5, performance: 3 }, // gap 2, imp 5
      { name: 'C', category: 'rescue', importance: 5, performance: 1 }, // gap 4
      { name: 'D', category: 'request', importance: 3, performance: 1 }, // gap 2, imp 3 (tie with A)
    ]);
    expect(results.map((c) => [c.name, c.priorityRank])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
      ['D', 4],
    ]);
  });
});
