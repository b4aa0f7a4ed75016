// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Results } from '../../../renderer/views/Results/Results.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The perception gap in Results against the real services: the groups' figures from
 * audits.results side by side, the flagged gap and the splits by role, and groups too small
 * to show with their size only.
 */

const LEADERSHIP = [
  'leadership-1',
  'leadership-2',
  'leadership-3',
  'leadership-4',
  'leadership-5',
  'leadership-6',
];

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

/** An audit whose groups have these sizes; each group answers every leadership statement with its value. */
async function groupedAudit(groups: readonly { name: string; size: number; value: number }[]) {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Gap',
    date: '2026-11-23',
  });
  let n = 0;
  for (const g of groups) {
    const group = await call(storage, 'groups.add', { auditId: audit.id, name: g.name });
    for (let i = 0; i < g.size; i++) {
      const p = await call(storage, 'participants.add', {
        auditId: audit.id,
        name: `Person ${++n}`,
        groupId: group.id,
      });
      for (const itemId of LEADERSHIP)
        await call(storage, 'responses.save', {
          auditId: audit.id,
          participantId: p.id,
          itemId,
          value: g.value,
        });
    }
  }
  await call(storage, 'audits.startReveal', { id: audit.id });
  await act(() => useAuditStore.getState().load(audit.id));
  render(<Results />);
  return audit.id;
}

describe('the perception gap in Results', () => {
  it('shows the groups side by side, the flagged gap, the splits by role, and small groups by size only', async () => {
    const auditId = await groupedAudit([
      { name: 'Executive team', size: 3, value: 5 },
      { name: 'Front line', size: 3, value: 2 },
      { name: 'Managers', size: 2, value: 4 },
      { name: 'Board', size: 1, value: 1 },
    ]);
    const results = await call(storage, 'audits.results', { id: auditId });
    const section = screen.getByRole('region', { name: 'Perception gap' });
    // The dimension's figures, per shown group, as the results give them.
    const table = within(section).getAllByRole('table')[0]!;
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    // The chart's column is hidden from screen readers: the figures are in the cells.
    expect(header).toEqual(['Dimension', 'Executive team', 'Front line', 'Gap']);
    const row = within(table).getByRole('row', { name: /Customer Leadership/ });
    const gap = results.perceptionGaps.find((g) => g.dimension === 'leadership')!;
    const exec = results.groups.find((g) => g.name === 'Executive team');
    const front = results.groups.find((g) => g.name === 'Front line');
    if (!exec || exec.suppressed || !front || front.suppressed) throw new Error('both groups are shown');
    const percentOf = (g: typeof exec) => g.dimensions.find((d) => d.id === 'leadership')!.percent;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      `${Math.round(percentOf(exec)!)} %`,
      `${Math.round(percentOf(front)!)} %`,
      `${Math.round(gap.gap)} pointsPerception gap`,
    ]);
    // The gap of the results, flagged, in the list of perception gaps too.
    expect(gap.flagged).toBe(true);
    expect(within(section).getAllByText(`${Math.round(gap.gap)} points`)).toHaveLength(2);
    // Every leadership statement is split by role: 5 against 2.
    expect(results.roleSplits).toHaveLength(LEADERSHIP.length);
    const splits = within(section).getByRole('table', { name: /two groups’ means differ by 1.0 or more/ });
    expect(
      within(splits)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
    ).toEqual(LEADERSHIP.map(() => ['Executive team 5.0', 'Front line 2.0', '3.0']));
    // The small groups: their size and why, no figure.
    const hidden = within(section).getByRole('list', { name: 'Groups not shown' });
    expect(
      within(hidden)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Managers: 2 people. Not shown: fewer than 3 people, so their answers could be told apart.',
      'Board: 1 person. Not shown: fewer than 3 people, so their answers could be told apart.',
    ]);
    expect(within(section).queryByText(/Managers 4/)).toBeNull();
    // The heat map of statements by group.
    const heatmap = within(section).getByRole('region', { name: 'Heat map of statements by group' });
    expect(within(heatmap).getAllByText('5.0')).toHaveLength(6);
  });

  it('hides the next smallest group too when only one is too small, and says why', async () => {
    await groupedAudit([
      { name: 'Executive team', size: 4, value: 5 },
      { name: 'Front line', size: 3, value: 2 },
      { name: 'Managers', size: 1, value: 4 },
    ]);
    const section = screen.getByRole('region', { name: 'Perception gap' });
    const hidden = within(section).getByRole('list', { name: 'Groups not shown' });
    expect(
      within(hidden)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Front line: 3 people. Not shown either, so the smaller group’s answers cannot be worked out from the others.',
      'Managers: 1 person. Not shown: fewer than 3 people, so their answers could be told apart.',
    ]);
    expect(within(section).getByText(/At least two groups large enough to show/)).toBeTruthy();
  });

  it('is not there when the audit has no groups', async () => {
    const audit = await call(storage, 'audits.create', {
      organization: 'Acme',
      title: 'None',
      date: '2026-11-23',
    });
    await act(() => useAuditStore.getState().load(audit.id));
    render(<Results />);
    expect(screen.queryByRole('region', { name: 'Perception gap' })).toBeNull();
  });
});
