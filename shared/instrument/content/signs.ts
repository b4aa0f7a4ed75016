import type { FailureSign } from '../types.ts';

/** The eight signs that a customer effort is failing, each rated by the team for how present it is. */
export const signs: readonly FailureSign[] = [
  {
    id: 'sign-destination',
    name: 'No clear one-company customer destination',
    text: 'How present is this here: a call to “focus on the customer” is read differently by each area, and the resulting tactics do not add up to one experience?',
  },
  {
    id: 'sign-commitment',
    name: 'A commitment that changes nobody’s actions',
    text: 'How present is this here: leaders declare a customer commitment, yet budgets, priorities and day-to-day decisions stay as they were?',
  },
  {
    id: 'sign-asset',
    name: 'Customers not treated as the company’s asset',
    text: 'How present is this here: quarterly sales are tracked closely while customer counts, gains and losses are rarely reported and have no stated goal?',
  },
  {
    id: 'sign-metrics-motivation',
    name: 'Metrics and motivation out of line with the commitment',
    text: 'How present is this here: success measures and bonuses are unchanged or tied only to a broad survey score, and strong sellers can have customer goals waived?',
  },
  {
    id: 'sign-accountability',
    name: 'Inconsistent accountability',
    text: 'How present is this here: customer measures have no named owners at the operational level, and customer items are squeezed off crowded meeting agendas?',
  },
  {
    id: 'sign-together',
    name: 'A company that does not naturally work together',
    text: 'How present is this here: each department sets its own customer plans, budgets and goals, and nobody is charged with bringing them together?',
  },
  {
    id: 'sign-patience',
    name: 'Fleeting corporate patience',
    text: 'How present is this here: customer initiatives are dropped or starved of resources when they do not show results within a quarter or two?',
  },
  {
    id: 'sign-scale',
    name: 'The scale of the work not understood',
    text: 'How present is this here: the customer effort is staffed and funded like a side project, and skeptics point to it as one more empty promise?',
  },
];
