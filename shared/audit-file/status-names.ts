import type { ActionStatus } from './fields.ts';

/** How the window and the report name where an action of the team's plan stands, in schema order. */
export const ACTION_STATUS_NAMES: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
