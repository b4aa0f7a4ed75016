// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { SaveIndicator } from '../../../renderer/components/SaveIndicator.tsx';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Reveal } from '../../../renderer/views/Reveal/Reveal.tsx';
import { installBridge } from '../../fixtures/desktop-bridge.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

/*
 * The reveal in the window against the real services on a real database: the notes written
 * while scoring, the spotlight and its keys, and notes that save as they are typed.
 */

const textOf = (itemId: string) =>
  instrumentSections(instrumentV1)
    .flatMap((s) => s.items)
    .find((i) => i.id === itemId)!.text;

const PEOPLE = ['Zoë Łukasz', 'Ben Okafor', 'Amélie Durand'];
/** Answers per item, one per person; the reveal's order is metrics-1, leadership-1, leadership-2, listening-1. */
const ANSWERS: Record<string, (number | null)[]> = {
  'leadership-1': [1, 5, 3], // split, sd 1.63
  'leadership-2': [4, 1, null], // split (range 3), sd 1.5
  'listening-1': [2, 4, 4], // sd 0.94
  'metrics-1': [1, 5, 1], // split, sd 1.89
};
const NOTES = {
  zoe: 'Ben runs his own customer visits; the board does not.',
  ben: 'I meet customers every week.',
};
const WAIT = { timeout: 5000 };

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
  installBridge(storage);
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useSessionStore.setState({ presentation: false });
});

async function revealedAudit(options: { anonymous?: boolean } = {}) {
  const audit = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const people = [];
  for (const name of PEOPLE)
    people.push(await call(storage, 'participants.add', { auditId: audit.id, name }));
  for (const [itemId, values] of Object.entries(ANSWERS))
    for (const [i, value] of values.entries())
      await call(storage, 'responses.save', {
        auditId: audit.id,
        participantId: people[i]!.id,
        itemId,
        value,
      });
  await call(storage, 'responses.save', {
    auditId: audit.id,
    participantId: people[0]!.id,
    itemId: 'leadership-1',
    value: 1,
    note: NOTES.zoe,
  });
  await call(storage, 'responses.save', {
    auditId: audit.id,
    participantId: people[1]!.id,
    itemId: 'leadership-1',
    value: 5,
    note: NOTES.ben,
  });
  // New audits are anonymous; the team may choose to see names.
  await call(storage, 'audits.update', { id: audit.id, anonymous: options.anonymous ?? false });
  await act(() => useAuditStore.getState().load(audit.id));
  render(
    <>
      <SaveIndicator />
      <Reveal />
    </>,
  );
  await screen.findByText(textOf('metrics-1'));
  return audit.id;
}

/** The overview's entry for an item. */
const entry = (itemId: string) => screen.getAllByText(textOf(itemId))[0]!.closest('li')!;
const spotlight = () => screen.getByRole('dialog', { name: 'Spotlight' });
const position = () => within(spotlight()).getByText(/^\d+ of \d+$/).textContent;
const statement = () => within(spotlight()).getByRole('heading', { level: 2 }).textContent;
const press = (key: string, init: Partial<KeyboardEventInit> = {}, target?: Element) =>
  act(() => {
    fireEvent.keyDown(target ?? document.activeElement ?? spotlight(), { key, ...init });
  });

const discussionOf = (auditId: string, itemId: string) =>
  (
    storage.db
      .prepare('SELECT note FROM discussion_notes WHERE audit_id = ? AND item_id = ?')
      .get(auditId, itemId) as { note: string } | undefined
  )?.note;
const consensusOf = (auditId: string, itemId: string) =>
  storage.db
    .prepare('SELECT value, note FROM consensus WHERE audit_id = ? AND item_id = ?')
    .get(auditId, itemId) as { value: number; note: string } | undefined;

describe('notes written while scoring, in the reveal', () => {
  it('shows them on their item without names, and with names only when the team shows them', async () => {
    await revealedAudit();
    const item = entry('leadership-1');
    // Anonymous by default: no author, and a name inside a note becomes the code.
    expect(within(item).getByText('I meet customers every week.')).toBeTruthy();
    expect(within(item).getByText('P2 runs his own customer visits; the board does not.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Zoë|Ben|Amélie/);
    expect(within(entry('leadership-2')).queryByText(/Notes? from scoring/)).toBeNull();

    fireEvent.click(screen.getByLabelText('Show who answered what'));
    expect(within(item).getByText('Zoë Łukasz: 1 · Ben Okafor: 5 · Amélie Durand: 3')).toBeTruthy();
    const notes = within(item).getByRole('list', { name: 'Notes from scoring (2)' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Zoë Łukasz: ${NOTES.zoe}`, `Ben Okafor: ${NOTES.ben}`]);
  });

  it('never shows a name in presentation mode, even when the team shows who answered what', async () => {
    await revealedAudit();
    fireEvent.click(screen.getByLabelText('Show who answered what'));
    act(() => {
      useSessionStore.setState({ presentation: true });
    });
    const item = entry('leadership-1');
    expect(within(item).getByText('P1: 1 · P2: 5 · P3: 3')).toBeTruthy();
    expect(within(item).getByText('P2 runs his own customer visits; the board does not.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Zoë|Ben|Amélie/);
    fireEvent.click(within(item).getByRole('button', { name: 'Show in spotlight' }));
    expect(within(spotlight()).getByText('P1: 1 · P2: 5 · P3: 3')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Zoë|Ben|Amélie/);
  });

  it('keeps an anonymous audit anonymous: no choice to show names, notes in an order that says nothing', async () => {
    await revealedAudit({ anonymous: true });
    expect(screen.queryByLabelText('Show who answered what')).toBeNull();
    const notes = within(entry('leadership-1')).getByRole('list', { name: 'Notes from scoring (2)' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([NOTES.ben, 'P2 runs his own customer visits; the board does not.']);
  });
});

describe('the facilitator hint', () => {
  it('is in the overview and the spotlight, the place it is for', async () => {
    await revealedAudit();
    const hint = instrumentSections(instrumentV1)
      .flatMap((s) => s.items)
      .find((i) => i.id === 'metrics-1')!.hint!;
    expect(hint).toBeTruthy();
    expect(within(entry('metrics-1')).getByText('Facilitator hint')).toBeTruthy();
    expect(within(entry('metrics-1')).getByText(hint)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the spotlight' }));
    expect(within(spotlight()).getByText(hint)).toBeTruthy();
  });
});

describe('the spotlight', () => {
  it('steps through the items in the overview’s order by keys, and returns to the item last shown', async () => {
    await revealedAudit();
    const overview = screen.getAllByRole('listitem').filter((li) => li.classList.contains('reveal-item'));
    expect(overview.map((li) => li.textContent)).toEqual([
      expect.stringContaining(textOf('metrics-1')),
      expect.stringContaining(textOf('leadership-1')),
      expect.stringContaining(textOf('leadership-2')),
      expect.stringContaining(textOf('listening-1')),
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Start the spotlight' }));
    expect(position()).toBe('1 of 4');
    expect(statement()).toBe(textOf('metrics-1'));
    expect(within(spotlight()).getByText('Team is split')).toBeTruthy();
    expect(within(spotlight()).getByRole('img').getAttribute('aria-label')).toBe(
      'Strongly disagree: 2, Disagree: 0, Neither agree nor disagree: 0, Agree: 0, Strongly agree: 1, Not sure: 0',
    );
    press('ArrowRight');
    expect(position()).toBe('2 of 4');
    expect(statement()).toBe(textOf('leadership-1'));
    expect(within(spotlight()).getByText(NOTES.ben)).toBeTruthy();
    press(' ');
    expect(position()).toBe('3 of 4');
    press(' ', { shiftKey: true });
    expect(position()).toBe('2 of 4');
    press('End');
    expect(statement()).toBe(textOf('listening-1'));
    press('ArrowRight'); // already the last
    expect(position()).toBe('4 of 4');
    press('Home');
    expect(position()).toBe('1 of 4');
    press('ArrowLeft'); // already the first
    expect(position()).toBe('1 of 4');
    press('PageDown');
    expect(position()).toBe('2 of 4');

    // Keys type in a field; Escape there leaves the field, and a second Escape the spotlight.
    const note = within(spotlight()).getByLabelText('Discussion notes');
    note.focus();
    press(' ', {}, note);
    press('ArrowRight', {}, note);
    expect(position()).toBe('2 of 4');
    press('Escape', {}, note);
    expect(screen.getByRole('dialog', { name: 'Spotlight' })).toBeTruthy();
    expect(document.activeElement).not.toBe(note);
    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Spotlight' })).toBeNull();
    expect(document.activeElement).toBe(
      within(entry('leadership-1')).getByRole('button', { name: 'Show in spotlight' }),
    );
  });

  it('opens at any item of the overview, and follows its filter', async () => {
    await revealedAudit();
    fireEvent.click(within(entry('leadership-2')).getByRole('button', { name: 'Show in spotlight' }));
    expect(position()).toBe('3 of 4');
    press('Escape');
    fireEvent.click(screen.getByLabelText('Only the statements that split the team'));
    fireEvent.click(within(entry('leadership-2')).getByRole('button', { name: 'Show in spotlight' }));
    expect(position()).toBe('3 of 3');
    expect(within(spotlight()).getByRole('button', { name: 'Next →' })).toHaveProperty('disabled', true);
  });
});

describe('reveal notes and consensus save as the person types', () => {
  it('saves the note once typing pauses, without leaving the field, and the consensus on choosing it', async () => {
    const auditId = await revealedAudit();
    fireEvent.click(within(entry('leadership-1')).getByRole('button', { name: 'Show in spotlight' }));
    const note = within(spotlight()).getByLabelText('Discussion notes');
    note.focus();
    fireEvent.change(note, { target: { value: 'Visits are' } });
    fireEvent.change(note, { target: { value: 'Visits are not shared across regions.' } });
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Saving…');
    await waitFor(
      () => expect(discussionOf(auditId, 'leadership-1')).toBe('Visits are not shared across regions.'),
      WAIT,
    );
    expect(document.activeElement).toBe(note);
    await waitFor(() => expect(screen.getAllByRole('status')[0]!.textContent).toBe('All answers saved'));

    fireEvent.change(within(spotlight()).getByLabelText('Consensus'), { target: { value: '2' } });
    await waitFor(() => expect(consensusOf(auditId, 'leadership-1')?.value).toBe(2));
    await waitFor(() =>
      expect(useAuditStore.getState().results?.items.find((i) => i.id === 'leadership-1')?.value).toBe(2),
    );
    // The overview underneath shows the same note and consensus.
    expect(within(entry('leadership-1')).getByLabelText<HTMLTextAreaElement>('Discussion notes').value).toBe(
      'Visits are not shared across regions.',
    );
  });

  it('saves a note at once on leaving the item, on leaving the field, and when the page is hidden or unloads', async () => {
    const auditId = await revealedAudit();
    const drafts = () => useAuditStore.getState().save.drafts;

    // Leaving the item in the spotlight.
    fireEvent.click(within(entry('metrics-1')).getByRole('button', { name: 'Show in spotlight' }));
    fireEvent.change(within(spotlight()).getByLabelText('Discussion notes'), {
      target: { value: 'Nobody owns churn.' },
    });
    expect(drafts()).toEqual({ 'metrics-1': 'Nobody owns churn.' });
    fireEvent.click(within(spotlight()).getByRole('button', { name: 'Next →' }));
    expect(drafts()).toEqual({}); // sent now, not when the pause would have ended
    await waitFor(() => expect(discussionOf(auditId, 'metrics-1')).toBe('Nobody owns churn.'), WAIT);
    press('Escape');

    // Leaving the field in the overview.
    const listening = within(entry('listening-1')).getByLabelText('Discussion notes');
    fireEvent.change(listening, { target: { value: 'Surveys only.' } });
    fireEvent.blur(listening);
    expect(drafts()).toEqual({});
    await waitFor(() => expect(discussionOf(auditId, 'listening-1')).toBe('Surveys only.'), WAIT);

    // The page unloading (a reload, a closed window).
    const leadership = within(entry('leadership-2')).getByLabelText('Discussion notes');
    fireEvent.change(leadership, { target: { value: 'Ask the regions.' } });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(drafts()).toEqual({});
    await waitFor(() => expect(discussionOf(auditId, 'leadership-2')).toBe('Ask the regions.'), WAIT);

    // The window hidden (the laptop lid closed, another app in front).
    fireEvent.change(leadership, { target: { value: 'Ask the regions first.' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(drafts()).toEqual({});
    await waitFor(() => expect(discussionOf(auditId, 'leadership-2')).toBe('Ask the regions first.'), WAIT);
  });

  it('says loudly when a note is not saved, keeps it on screen, and saves it on retry', async () => {
    const auditId = await revealedAudit();
    await call(storage, 'audits.trash', { id: auditId }); // the next save is refused
    const note = within(entry('leadership-1')).getByLabelText<HTMLTextAreaElement>('Discussion notes');
    fireEvent.change(note, { target: { value: 'Revisit after the break.' } });
    fireEvent.blur(note);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/1 discussion note is not saved: .*in the trash/),
    );
    expect(note.value).toBe('Revisit after the break.');
    expect(discussionOf(auditId, 'leadership-1')).toBeUndefined();
    await call(storage, 'audits.restore', { id: auditId });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(discussionOf(auditId, 'leadership-1')).toBe('Revisit after the break.'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('keeps a consensus note (from an imported file) when the consensus value is changed', async () => {
    const auditId = await revealedAudit();
    await call(storage, 'consensus.set', {
      auditId,
      itemId: 'metrics-1',
      value: 2,
      note: 'Agreed after the break.',
    });
    await act(() => useAuditStore.getState().load(auditId));
    const consensus = within(entry('metrics-1')).getByLabelText<HTMLSelectElement>('Consensus');
    expect(consensus.value).toBe('2');
    fireEvent.change(consensus, { target: { value: '3' } });
    await waitFor(() =>
      expect(consensusOf(auditId, 'metrics-1')).toEqual({ value: 3, note: 'Agreed after the break.' }),
    );
  });
});
