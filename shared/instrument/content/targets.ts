import type { AccountabilityTarget } from '../types.ts';

/** The four accountability targets a customer-focused annual plan should contain, each with a named owner. */
export const targets: readonly AccountabilityTarget[] = [
  {
    id: 'target-assets',
    name: 'Customers as assets',
    text: 'Do we have an explicit, owned target for the customers we gain and lose as a result of our own actions, by volume and by value?',
  },
  {
    id: 'target-service',
    name: 'Service performance',
    text: 'Do we have an explicit, owned target for how well we serve customers and how many customers at risk we rescue?',
  },
  {
    id: 'target-listening',
    name: 'Customer listening metrics',
    text: 'Do we have an explicit, owned target for finding and resolving the issues that drive customers away?',
  },
  {
    id: 'target-operational',
    name: 'Operational metrics',
    text: 'Do we have an explicit, owned target for how we perform at each stage, moment of truth and priority contact, including handoffs between departments?',
  },
];
