import { describe, expect, it } from 'vitest';
import { scoreContacts } from '../../../shared/scoring/contacts.ts';

describe('priority contacts', () => {
  it("computes gap = importance − performance, flags gaps of 2 or more and keeps each contact's id", () => {
    const results = scoreContacts([
      { id: 'k1', name: 'Billing dispute', category: 'rescue', importance: 5, performance: 2 },
      { id: 'k2', name: 'Renewal call', category: 'revenue', importance: 4, performance: 3 },
      { id: 'k3', name: 'Onboarding', category: 'relationship', importance: 3, performance: 1 },
      { id: 'k4', name: 'Praise', category: 'relationship', importance: 2, performance: 5 },
    ]);
    expect(results.map((c) => [c.id, c.gap, c.priorityGap])).toEqual([
      ['k1', 3, true],
      ['k2', 1, false],
      ['k3', 2, true],
      ['k4', -3, false],
    ]);
  });

  it('ranks priority gaps by gap, then importance, both descending; ties keep the listed order', () => {
    const results = scoreContacts([
      { id: 'k5', name: 'A', category: 'request', importance: 3, performance: 1 }, // gap 2, imp 3
      { id: 'k6', name: 'B', category: 'request', importance: 5, performance: 3 }, // gap 2, imp 5
      { id: 'k7', name: 'C', category: 'rescue', importance: 5, performance: 1 }, // gap 4
      { id: 'k8', name: 'D', category: 'request', importance: 3, performance: 1 }, // gap 2, imp 3 (tie with A)
    ]);
    expect(results.map((c) => [c.name, c.priorityRank])).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 1],
      ['D', 4],
    ]);
  });
});
