// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Reveal } from '../../../renderer/views/Reveal/Reveal.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { revealedAudit } from '../../fixtures/revealed-audit.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * A re-vote round in the window against the real services: opened from the reveal on the
 * items that split the team, scored by pass-the-laptop with the previous distribution and each
 * person's own last answer, closed, and the convergence shown from audits.results.
 */

const textOf = (itemId: string) =>
  instrumentSections(instrumentV1)
    .flatMap((s) => s.items)
    .find((i) => i.id === itemId)!.text;

const PEOPLE = ['Ana Souza', 'Ben Okafor', 'Chen Wei', 'Dara Ncube'];
const ANSWERS: Record<string, number[]> = {
  'leadership-1': [1, 1, 5, 5], // split
  'listening-1': [4, 4, 4, 4], // agreed
};
const WAIT = { timeout: 5000 };

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

async function openReveal() {
  const { auditId, people } = await revealedAudit(storage, PEOPLE, ANSWERS);
  await act(() => useAuditStore.getState().load(auditId));
  render(<Reveal />);
  return { auditId, people };
}

describe('a re-vote round from the reveal', () => {
  it('opens round 2 on the split items, scores it person by person, closes it and shows the convergence', async () => {
    const { auditId } = await openReveal();
    fireEvent.click(await screen.findByRole('button', { name: 'Re-vote these items' }, WAIT));
    // The split statement is ticked; the agreed one is offered, unticked.
    const split = await screen.findByRole('checkbox', { name: textOf('leadership-1') }, WAIT);
    expect((split as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: textOf('listening-1') }).checked).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open round 2 on 1 statement' }));

    // Pass the laptop: each person in turn, behind the privacy screen.
    await screen.findByRole('heading', { name: 'Re-vote round 2' }, WAIT);
    fireEvent.click(screen.getByRole('button', { name: /Score round 2 as Ana Souza/ }));
    for (const [i, name] of PEOPLE.entries()) {
      fireEvent.click(await screen.findByRole('button', { name: `I am ${name}: start` }, WAIT));
      await screen.findByRole('heading', { name: `Round 2: ${name}` }, WAIT);
      // Their own last answer, and the team's round-1 counts (two 1s, two 5s), never who.
      await screen.findByText(`${ANSWERS['leadership-1']![i]}, `, { exact: false }, WAIT);
      expect(screen.getByText(/Your last answer \(round 1\)/)).toBeTruthy();
      expect(screen.getByRole('img', { name: /: 2, .*: 0, .*: 0, .*: 0, .*: 2, Not sure: 0/ })).toBeTruthy();
      const scale = screen.getByRole('radiogroup', {
        name: `Your answer in round 2: ${textOf('leadership-1')}`,
      });
      fireEvent.click(within(scale).getAllByRole('radio')[2]!);
      await waitFor(() =>
        expect(within(scale).getAllByRole('radio')[2]!.getAttribute('aria-checked')).toBe('true'),
      );
      fireEvent.click(screen.getByRole('button', { name: 'Done: hand the laptop on' }));
    }
    // Everyone answered: back at the list, each done.
    await screen.findByRole('heading', { name: 'Re-vote round 2' }, WAIT);
    expect(screen.getAllByText('Done')).toHaveLength(PEOPLE.length);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the reveal' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Close round 2' }, WAIT));
    await screen.findByText(/1 re-vote round so far: 1 of 1 re-voted statement converged/, {}, WAIT);
    expect(screen.getByText('Converged')).toBeTruthy();
    const results = await call(storage, 'audits.results', { id: auditId });
    const item = results.items.find((i) => i.id === 'leadership-1')!;
    expect([item.finalRound, item.converged, item.mean]).toEqual([2, true, 3]);
    // The figures by round, as the results give them.
    const table = screen.getByRole('table', { name: 'Figures of each round' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RoundAnswersNot sureMeanSpread (sd)MedianWithin 1 of the medianSplit',
      // round 1: 4 answers, none not sure, mean 3.0, sd 2.00, median 3, none within 1 of it, split
      '1403.02.0030 %Yes',
      // round 2: 4 answers, mean 3.0, sd 0.00, median 3, all within 1 of it, not split
      '2403.00.003100 %No',
    ]);
    // The spotlight shows the same figures by round beside its chart.
    const entry = screen.getAllByText(textOf('leadership-1')).map((e) => e.closest('li.reveal-item'))[0]!;
    fireEvent.click(within(entry as HTMLElement).getByRole('button', { name: 'Show in spotlight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Spotlight' }, WAIT);
    const inSpotlight = within(dialog).getByRole('table', { name: 'Figures of each round' });
    expect(
      within(inSpotlight)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RoundAnswersNot sureMeanSpread (sd)MedianWithin 1 of the medianSplit',
      '1403.02.0030 %Yes',
      '2403.00.003100 %No',
    ]);
    expect(within(dialog).getByText('Converged')).toBeTruthy();
  });

  it('takes back a round nobody has answered yet', async () => {
    const { auditId } = await openReveal();
    fireEvent.click(await screen.findByRole('button', { name: 'Re-vote these items' }, WAIT));
    fireEvent.click(await screen.findByRole('button', { name: 'Open round 2 on 1 statement' }, WAIT));
    fireEvent.click(await screen.findByRole('button', { name: 'Back to the reveal' }, WAIT));
    fireEvent.click(await screen.findByRole('button', { name: 'Take back round 2' }, WAIT));
    await screen.findByRole('button', { name: 'Re-vote these items' }, WAIT);
    expect((await call(storage, 'audits.get', { id: auditId })).rounds).toEqual([]);
  });
});
