// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Scoring } from '../../../renderer/views/Scoring/Scoring.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The scoring keys against the real services: wherever focus is on the scoring view, a key
 * answers the item on screen, and focus never falls to the page's body.
 */

const sections = instrumentSections(instrumentV1);
const TOTAL = sections.reduce((sum, s) => sum + s.items.length, 0);
const leadership = sections[0]!.items.map((i) => i.id);

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useSessionStore.setState({ scorer: null, handOver: false, presentation: false });
});

async function startScoring(names = ['Ana']) {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const people = [];
  for (const name of names) people.push(await call(storage, 'participants.add', { auditId: audit.id, name }));
  await act(() => useAuditStore.getState().load(audit.id));
  render(<Scoring />);
  fireEvent.click(screen.getByRole('button', { name: new RegExp(`Score as\\s*${names[0]}`) }));
  fireEvent.click(screen.getByRole('button', { name: `I am ${names[0]}: start` }));
  return { auditId: audit.id, people };
}

const saved = (auditId: string) =>
  Object.fromEntries(
    (
      storage.db
        .prepare('SELECT item_id, value, note FROM responses WHERE audit_id = ? ORDER BY rowid')
        .all(auditId) as { item_id: string; value: number | null; note: string }[]
    ).map((r) => [r.item_id, r.note ? [r.value, r.note] : r.value]),
  );
const settled = () => waitFor(() => expect(useAuditStore.getState().save.pending).toBe(0));
const answeredText = () => screen.getByText(/of \d+ answered/).textContent;
const focusIsOnBody = () => document.activeElement === document.body || document.activeElement === null;

describe('scoring keys wherever focus is', () => {
  it('after a click on an answer, the next keys answer the next items; focus never falls to the body', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring();
    expect(screen.getByText(`1 of ${leadership.length}`)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Strongly disagree' }));
    // The click answered the first item and moved on, as a key does.
    expect(screen.getByText(`2 of ${leadership.length}`)).toBeTruthy();
    expect(focusIsOnBody()).toBe(false);
    await user.keyboard('45');
    expect(focusIsOnBody()).toBe(false);
    await user.keyboard('{ArrowLeft}2');
    await settled();
    expect(saved(auditId)).toEqual({
      [leadership[0]!]: 1,
      [leadership[1]!]: 4,
      [leadership[2]!]: 2,
    });
    // Ten more keys: every one lands.
    await user.keyboard('1234512345');
    await settled();
    expect(answeredText()).toContain(`13 of ${TOTAL} answered`);
    expect(focusIsOnBody()).toBe(false);
  });

  it('after Shift+Tab back from the note, a key answers the item on screen and moves on', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring();
    await user.keyboard('4');
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('w');
    await user.keyboard('Rarely');
    await user.tab({ shift: true });
    await settled(); // the note saved on leaving it, and focus stayed where Shift+Tab put it
    expect(document.activeElement?.getAttribute('role')).toBe('radio');
    await user.keyboard('2');
    await settled();
    expect(saved(auditId)).toEqual({ [leadership[0]!]: [2, 'Rarely'] });
    expect(screen.getByText(`2 of ${leadership.length}`)).toBeTruthy();
    expect(focusIsOnBody()).toBe(false);
    await user.keyboard('3');
    await settled();
    expect(saved(auditId)).toMatchObject({ [leadership[1]!]: 3 });
  });

  it('reaches the note with one key (W, shown on screen), saves it with the answer, and Escape returns to the answers', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring();
    expect(screen.getByRole('textbox', { name: /W to write/ })).toBeTruthy();
    await user.keyboard('w');
    const note = screen.getByRole('textbox', { name: /^Note/ });
    expect(document.activeElement).toBe(note);
    await user.keyboard('We say it; 5 of us never meet customers');
    expect((note as HTMLTextAreaElement).value).toBe('We say it; 5 of us never meet customers');
    await user.keyboard('{Escape}');
    expect(document.activeElement).not.toBe(note);
    expect(focusIsOnBody()).toBe(false);
    await user.keyboard('2');
    await settled();
    expect(saved(auditId)).toEqual({ [leadership[0]!]: [2, 'We say it; 5 of us never meet customers'] });
    expect(screen.getByText(`2 of ${leadership.length}`)).toBeTruthy();
  });

  it('keeps the keys working after a section button, Previous at the first item, or the layout switch', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring();
    await user.click(screen.getByRole('button', { name: /^Failure signs/ }));
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    await user.keyboard('{ArrowLeft}');
    await user.click(screen.getByRole('button', { name: /^Customer Leadership/ }));
    await user.click(screen.getByRole('button', { name: '← Previous' })); // now disabled
    expect(focusIsOnBody()).toBe(false);
    await user.keyboard('5');
    await settled();
    expect(saved(auditId)).toEqual({ 'sign-destination': 3, [leadership[0]!]: 5 });
    expect(focusIsOnBody()).toBe(false);
  });
});

describe('the compact list', () => {
  it('answers the current row with the keys, labels answers with words, and never wraps to the first section', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring();
    await user.click(screen.getByRole('button', { name: 'Compact list' }));
    const rows = screen.getAllByRole('radiogroup');
    expect(rows).toHaveLength(leadership.length);
    expect(rows[0]!.querySelectorAll('[role="radio"]')[0]!.textContent).toBe('1Strongly disagree');
    await user.keyboard('4n');
    await settled();
    expect(saved(auditId)).toEqual({ [leadership[0]!]: 4, [leadership[1]!]: null });
    // A click answers that row; the keys go on from the row after it.
    await user.click(screen.getAllByRole('radio', { name: /Agree$/ })[3]!);
    await user.keyboard('2');
    await settled();
    expect(saved(auditId)).toMatchObject({ [leadership[3]!]: 4, [leadership[4]!]: 2 });
    expect(focusIsOnBody()).toBe(false);

    await user.click(screen.getByRole('button', { name: /^Accountability targets/ }));
    expect(screen.queryByRole('button', { name: 'Next →' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('alertdialog', { name: /not answered/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Accountability targets');
  });
});

describe('finishing', () => {
  it('warns about skipped items, names how many, and goes back to the first one', async () => {
    const user = userEvent.setup();
    const { auditId } = await startScoring(['Ana', 'Ben']);
    await user.keyboard('44');
    await user.click(screen.getByRole('button', { name: 'Finish and hand over' }));
    const warning = screen.getByRole('alertdialog', {
      name: `You have not answered ${TOTAL - 2} of ${TOTAL} items`,
    });
    expect(warning).toBeTruthy();
    // Keys do not answer behind the warning.
    await user.keyboard('5');
    await settled();
    expect(Object.keys(saved(auditId))).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Go back to the first skipped item' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText(`3 of ${leadership.length}`)).toBeTruthy();
    expect(focusIsOnBody()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Finish and hand over' }));
    await user.click(screen.getByRole('button', { name: 'Finish anyway' }));
    expect(screen.getByRole('dialog', { name: 'Hand the laptop to Ben' })).toBeTruthy();
  });

  it('does not show the facilitator hint to the person scoring', async () => {
    await startScoring();
    expect(sections[0]!.items[0]!.hint).toBeTruthy();
    expect(screen.queryByText(/Facilitator hint/)).toBeNull();
    expect(screen.queryByText(sections[0]!.items[0]!.hint!)).toBeNull();
  });
});
