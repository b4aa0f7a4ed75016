import type { CommitmentItem } from '../types.ts';

/** The nine commitment questions the CEO answers yes, no or partly. */
export const commitment: readonly CommitmentItem[] = [
  {
    id: 'commit-clarity',
    text: 'Can you describe, in concrete terms, what you want the company to achieve for its customers?',
  },
  {
    id: 'commit-scope',
    text: 'Do you accept that this work reaches into every part of the company and is far larger than a single project?',
  },
  {
    id: 'commit-skills',
    text: 'Will you build the new skills the company needs in order to succeed with customers?',
  },
  {
    id: 'commit-resources',
    text: 'Will you set aside company time, people and budget for this work, even when other priorities compete for them?',
  },
  {
    id: 'commit-partner',
    text: 'Will you take part personally as a working partner in this effort, not only as its sponsor?',
  },
  {
    id: 'commit-patience',
    text: 'Will you require the company to stay the course over several years, even when early results are slow?',
  },
  {
    id: 'commit-metrics',
    text: 'Will you push for strategic customer measures to sit alongside the financial results?',
  },
  {
    id: 'commit-reliability',
    text: 'Are you prepared to make the hard calls needed to make company operations reliable for customers?',
  },
  {
    id: 'commit-value',
    text: 'Will you define the distinct value the company means to deliver to customers and keep the company focused on it?',
  },
];
