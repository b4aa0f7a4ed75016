// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { Reveal } from '../../../renderer/views/Reveal/Reveal.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { revealedAudit } from '../../fixtures/revealed-audit.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * Scoring a re-vote round from the keyboard, with the blind sheet's keys, against the real
 * services: digits answer the current statement and move on, N is Not sure, arrows move, W
 * writes the statement's note and Escape leaves it; a note typed first is saved with its
 * answer, one typed after on leaving the field. Read back from the database.
 */

const SPLIT = ['leadership-1', 'leadership-2', 'leadership-3'];
const WAIT = { timeout: 5000 };

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(cleanup);

/** A revealed audit whose three statements split the team, with round 2 open on them and Ana's sheet on screen. */
async function anaInRound2() {
  const { auditId, people } = await revealedAudit(
    storage,
    ['Ana', 'Ben', 'Chen', 'Dara'],
    Object.fromEntries(SPLIT.map((itemId) => [itemId, [1, 1, 5, 5]])),
    'Keys',
  );
  await call(storage, 'rounds.open', { auditId, itemIds: SPLIT });
  await act(() => useAuditStore.getState().load(auditId));
  render(<Reveal />);
  fireEvent.click(await screen.findByRole('button', { name: 'Score round 2' }, WAIT));
  fireEvent.click(screen.getByRole('button', { name: /Score round 2 as\s*Ana/ }));
  fireEvent.click(screen.getByRole('button', { name: 'I am Ana: start' }));
  await screen.findByRole('heading', { name: 'Round 2: Ana' }, WAIT);
  return { auditId, ana: people[0]!.id };
}

const row = (itemId: string) => document.getElementById(`round-item-${itemId}`)!.closest('li')!;
const checked = (itemId: string) =>
  within(row(itemId))
    .getAllByRole('radio')
    .find((r) => r.getAttribute('aria-checked') === 'true')?.textContent ?? null;
const saved = (auditId: string, participantId: string) =>
  storage.db
    .prepare(
      'SELECT item_id AS item, value, note FROM round_responses WHERE audit_id = ? AND participant_id = ? AND round = 2 ORDER BY item_id',
    )
    .all(auditId, participantId);

describe('the round sheet from the keyboard', () => {
  it('answers with digits and N, moves with the arrows, and ends on Done', async () => {
    const { auditId, ana } = await anaInRound2();
    const user = userEvent.setup();
    // The first statement is current and has focus.
    await waitFor(() => expect(document.activeElement).toBe(row(SPLIT[0]!)));
    expect(row(SPLIT[0]!).getAttribute('aria-current')).toBe('true');
    await user.keyboard('9'); // off the scale: nothing
    expect(checked(SPLIT[0]!)).toBeNull();
    await user.keyboard('4');
    await waitFor(() => expect(document.activeElement).toBe(row(SPLIT[1]!)));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(row(SPLIT[0]!));
    await user.keyboard('3'); // changes the first answer, moves on again
    await user.keyboard('{Enter}'); // skips the second
    await waitFor(() => expect(document.activeElement).toBe(row(SPLIT[2]!)));
    await user.keyboard('n'); // Not sure on the last: focus goes to Done
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done: hand the laptop on' })),
    );
    await user.keyboard('{ArrowUp}'); // from Done, back to the last statement
    expect(document.activeElement).toBe(row(SPLIT[2]!));
    await waitFor(() => expect(saved(auditId, ana)).toHaveLength(2));
    expect(saved(auditId, ana)).toEqual([
      { item: 'leadership-1', value: 3, note: '' },
      { item: 'leadership-3', value: null, note: '' },
    ]);
    expect(checked(SPLIT[0]!)).toContain('Neither agree nor disagree');
    expect(checked(SPLIT[2]!)).toContain('Not sure');
  });

  it('writes a note per statement with W: before the answer it is saved with it, after it on leaving', async () => {
    const { auditId, ana } = await anaInRound2();
    const user = userEvent.setup();
    await waitFor(() => expect(document.activeElement).toBe(row(SPLIT[0]!)));
    await user.keyboard('w');
    const first = screen.getByRole('textbox', { name: /^Note on statement 1/ });
    expect(document.activeElement).toBe(first);
    // Keys typed in the note are text, not answers.
    await user.keyboard('Better since the 5 May review');
    expect(checked(SPLIT[0]!)).toBeNull();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(row(SPLIT[0]!));
    expect(saved(auditId, ana)).toEqual([]); // a note alone is not an answer
    await user.keyboard('2');
    await waitFor(() =>
      expect(saved(auditId, ana)).toEqual([
        { item: 'leadership-1', value: 2, note: 'Better since the 5 May review' },
      ]),
    );
    // On the second statement: answer first, then the note, saved when Escape leaves it.
    await user.keyboard('5');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(row(SPLIT[1]!));
    await user.keyboard('W');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Note on statement 2/ }));
    await user.keyboard('We agreed on this after the talk{Escape}');
    await waitFor(() =>
      expect(saved(auditId, ana)).toEqual([
        { item: 'leadership-1', value: 2, note: 'Better since the 5 May review' },
        { item: 'leadership-2', value: 5, note: 'We agreed on this after the talk' },
      ]),
    );
  });
});
