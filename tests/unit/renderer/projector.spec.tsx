// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { App } from '../../../renderer/App.tsx';
import { hashOf, parseHash, useRouter } from '../../../renderer/router.ts';
import { useProjectorStore } from '../../../renderer/stores/projector.ts';
import { projectorRoute } from '../../../electron/main/page-route.ts';
import type { ProjectorView } from '../../../shared/api/methods/room.ts';
import {
  closedStatus,
  INTERFACES,
  installGivenRoom,
  installRealRoom,
  ITEM_COUNT,
  type GivenRoom,
  type RoomCall,
} from '../../fixtures/given-room.ts';
import { auditWithOneAnswer, call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useRouter.getState().go({ view: 'home' });
  useProjectorStore.setState({ auditId: null, view: null, error: null });
});

const QR = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';

function view(auditId: string, fields: Partial<ProjectorView>): ProjectorView {
  return {
    auditId,
    title: 'Offsite',
    organization: 'Acme',
    phase: 'joining',
    join: {
      joinUrl: 'http://127.0.0.2:41234/j/AAAAAAAAAAAAAAAAAAAAAA',
      shortUrl: 'http://127.0.0.2:41234',
      code: '7KD3QX',
      qrSvg: QR,
    },
    round: null,
    progress: { seats: 6, joined: 3, done: 0, answered: 40, total: 6 * ITEM_COUNT },
    spotlight: null,
    ...fields,
  };
}

const SPOTLIGHT: NonNullable<ProjectorView['spotlight']> = {
  itemId: 'leadership-2',
  index: 2,
  count: ITEM_COUNT,
  section: 'Customer Leadership',
  text: 'Our executives meet customers every month.',
  distribution: [
    { value: 1, label: 'Strongly disagree', count: 0 },
    { value: 2, label: 'Disagree', count: 3 },
    { value: 3, label: 'Somewhat disagree', count: 0 },
    { value: 4, label: 'Somewhat agree', count: 1 },
    { value: 5, label: 'Agree', count: 2 },
    { value: 6, label: 'Strongly agree', count: 0 },
  ],
  notSure: 1,
  mean: 3.333333,
  spread: 1.505545,
  misaligned: true,
  notes: ['Only the sales team does.'],
  rounds: [],
  converged: null,
};

let given: GivenRoom;
let calls: RoomCall[];

/** The page at the projector's route, as the second window or tab opens it. */
function openProjector(first: ProjectorView) {
  given = { status: closedStatus(first.auditId), projector: first, interfaces: INTERFACES, delivered: true };
  calls = installGivenRoom(storage, given);
  window.location.hash = hashOf({ view: 'projector', auditId: first.auditId });
  useRouter.setState({ route: parseHash(window.location.hash) });
  render(<App />);
}

const methods = () => [...new Set(calls.map((c) => c.method))];

describe('the projector', () => {
  it('has a route of its own, the one the desktop shell opens', () => {
    expect(parseHash('#/projector/a%2Fb')).toEqual({ view: 'projector', auditId: 'a/b' });
    expect(hashOf({ view: 'projector', auditId: 'a/b' })).toBe(projectorRoute('a/b'));
    expect(parseHash('#/projector/%E0%A4%A')).toEqual({ view: 'home' });
  });

  it('shows the QR code, the short address and the code while people join, and asks for nothing but the room’s projector', async () => {
    const { auditId } = await auditWithOneAnswer(storage);
    openProjector(view(auditId, {}));
    expect(await screen.findByRole('heading', { name: 'Join on your phone' })).toBeTruthy();
    expect(screen.getByText('http://127.0.0.2:41234')).toBeTruthy();
    expect(screen.getByLabelText('Code 7 K D 3 Q X').textContent).toBe('7KD 3QX');
    expect(screen.getByText('3 of 6 joined')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'QR code of the room’s join address' }).tagName).toBe('IMG');
    // No audit, no results, no storage status, no banner: the room's projector view only.
    expect(methods()).toEqual(['room.projector']);
  });

  it('shows anonymous progress while people score, polling about once a second, and never an answer', async () => {
    const { auditId } = await auditWithOneAnswer(storage, { name: 'Ana Ruiz' });
    openProjector(
      view(auditId, {
        phase: 'scoring',
        progress: { seats: 6, joined: 6, done: 4, answered: 300, total: 390 },
      }),
    );
    const done = await screen.findByText((_text, element) => element?.className === 'projector-done');
    expect(done.textContent).toBe('4 of 6 done');
    given.projector = view(auditId, {
      phase: 'scoring',
      progress: { seats: 6, joined: 6, done: 5, answered: 380, total: 390 },
    });
    await waitFor(() => expect(done.textContent).toBe('5 of 6 done'), { timeout: 2500 });
    expect(calls.filter((c) => c.method === 'room.projector').length).toBeGreaterThanOrEqual(2);
    // The audit holds Ana's 4; the page knows nothing of it, nor of her name.
    expect(document.body.textContent).not.toMatch(/Ana|agree/i);
    expect(methods()).toEqual(['room.projector']);

    given.projector = view(auditId, {
      phase: 'scoring',
      progress: { seats: 6, joined: 6, done: 6, answered: 390, total: 390 },
    });
    await waitFor(() => expect(done.textContent).toBe('Everyone is done'), { timeout: 2500 });
  });

  it('after the reveal shows one item large, and its keys move it through room.present', async () => {
    const { auditId } = await auditWithOneAnswer(storage);
    openProjector(view(auditId, { phase: 'revealed', join: null, spotlight: SPOTLIGHT }));
    expect(await screen.findByRole('heading', { name: SPOTLIGHT.text })).toBeTruthy();
    expect(screen.getByText(`2 of ${ITEM_COUNT}`)).toBeTruthy();
    expect(screen.getByText('Team is split')).toBeTruthy();
    expect(screen.getByText('Only the sales team does.')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Disagree: 3, .*Agree: 2, .*Not sure: 1/ })).toBeTruthy();
    expect(screen.getByText('6 answers, 1 not sure · mean 3.3 · spread (sd) 1.51')).toBeTruthy();

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: ' ', shiftKey: true });
    fireEvent.keyDown(window, { key: 'Home' });
    // A key with Ctrl is the browser's, not the projector's.
    fireEvent.keyDown(window, { key: 'ArrowRight', ctrlKey: true });
    await waitFor(() => expect(calls.filter((c) => c.method === 'room.present')).toHaveLength(3));
    expect(calls.filter((c) => c.method === 'room.present').map((c) => c.input)).toEqual([
      { auditId, itemId: 'leadership-2', step: 1 },
      { auditId, itemId: 'leadership-2', step: -1 },
      { auditId, itemId: null },
    ]);
    expect(methods().sort()).toEqual(['room.present', 'room.projector']);
  });

  it('counts a re-vote round as its own: "Round 2: 4 of 6 done", then everyone done with it', async () => {
    const { auditId } = await auditWithOneAnswer(storage);
    openProjector(
      view(auditId, {
        phase: 'scoring',
        join: null,
        round: 2,
        progress: { seats: 6, joined: 6, done: 4, answered: 10, total: 12 },
      }),
    );
    const done = await screen.findByText((_text, element) => element?.className === 'projector-done');
    expect(done.textContent).toBe('Round 2: 4 of 6 done');
    expect(screen.getByText(/Nobody sees this round’s answers until it closes/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '10 of 12 answers given' })).toBeTruthy();
    given.projector = view(auditId, {
      phase: 'scoring',
      join: null,
      round: 2,
      progress: { seats: 6, joined: 6, done: 6, answered: 12, total: 12 },
    });
    await waitFor(() => expect(done.textContent).toBe('Round 2: everyone is done'), { timeout: 2500 });
    expect(screen.getByText(/when the facilitator closes the round/)).toBeTruthy();
  });

  it('shows a re-voted item round by round, on one scale, with the figures audits.results gave and the convergence', async () => {
    const { auditId } = await auditWithOneAnswer(storage);
    openProjector(
      view(auditId, {
        phase: 'revealed',
        join: null,
        spotlight: {
          ...SPOTLIGHT,
          misaligned: false,
          notes: [],
          distribution: SPOTLIGHT.distribution.map((d, i) => ({ ...d, count: [0, 1, 0, 5, 0, 0][i]! })),
          notSure: 0,
          mean: 3.666667,
          spread: 0.816497,
          rounds: [
            {
              round: 1,
              counts: [0, 3, 0, 1, 2, 0],
              notSure: 1,
              mean: 3.333333,
              spread: 1.505545,
              agreement: 0.5,
              misaligned: true,
            },
            {
              round: 2,
              counts: [0, 1, 0, 5, 0, 0],
              notSure: 0,
              mean: 3.666667,
              spread: 0.816497,
              agreement: 1,
              misaligned: false,
            },
          ],
          converged: true,
        },
      }),
    );
    expect(await screen.findByRole('heading', { name: SPOTLIGHT.text })).toBeTruthy();
    expect(screen.getByText('Round 1 (blind)')).toBeTruthy();
    expect(screen.getByText('Round 2')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Round 1: .*Disagree: 3, .*Not sure: 1/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Round 2: .*Somewhat agree: 5, .*Not sure: 0/ })).toBeTruthy();
    expect(screen.getByText('6 answers, 1 not sure · mean 3.3 · spread (sd) 1.51')).toBeTruthy();
    expect(screen.getByText('6 answers · mean 3.7 · spread (sd) 0.82')).toBeTruthy();
    expect(screen.getByText('The team converged')).toBeTruthy();
    // Both rounds share one scale: the tallest bar of either is the full height.
    const heights = [...document.querySelectorAll<HTMLElement>('.projector-round .spotlight-bar')].map(
      (bar) => bar.style.height,
    );
    expect(heights.filter((h) => h === '100%')).toHaveLength(1);
    expect(heights[1]).toBe('60%');
  });

  it('says calmly when the room is closed, and moves nothing by keys before the reveal', async () => {
    const { auditId } = await auditWithOneAnswer(storage);
    openProjector(view(auditId, { phase: 'closed', join: null }));
    expect(await screen.findByRole('heading', { name: 'The room is closed' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(calls.some((c) => c.method === 'room.present')).toBe(false);
  });
});

describe('the projector against the real room services', () => {
  const NOTE = 'Nobody on the board has met a customer this quarter.';

  async function auditWithNote() {
    const { auditId, participantId } = await auditWithOneAnswer(storage, { name: 'Ana Ruiz' });
    await call(storage, 'responses.save', {
      auditId,
      participantId,
      itemId: 'leadership-2',
      value: 5,
      note: NOTE,
    });
    return auditId;
  }
  function show(auditId: string) {
    window.location.hash = hashOf({ view: 'projector', auditId });
    useRouter.setState({ route: parseHash(window.location.hash) });
    render(<App />);
  }

  it('is told counts only before the reveal: no value, no note, no name crosses', async () => {
    const auditId = await auditWithNote();
    const exchanges = installRealRoom(storage);
    show(auditId);
    expect(await screen.findByRole('heading', { name: 'The room is closed' })).toBeTruthy();
    expect(exchanges.map((e) => e.method)).toEqual(['room.projector']);
    const told = exchanges.map((e) => e.answer).join('\n');
    expect(told).toContain('"answered":2');
    expect(told).not.toContain(NOTE);
    expect(told).not.toContain('Ana');
    expect(told).toContain('"spotlight":null');
    expect(told).not.toMatch(/"mean"|"distribution"|"notes"|"spread"/);
  });

  it('after the reveal shows the first item of the reveal’s order, and its keys move through the real room.present', async () => {
    const auditId = await auditWithNote();
    await call(storage, 'audits.startReveal', { id: auditId });
    const exchanges = installRealRoom(storage);
    show(auditId);
    const position = await screen.findByText(/^1 of \d+$/);
    const count = Number(/of (\d+)/.exec(position.textContent ?? '')![1]);
    // The reveal's order holds the items answered (two here); the first is on screen.
    expect(count).toBe(2);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await waitFor(() => expect(position.textContent).toBe(`2 of ${count}`));
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await waitFor(() => expect(position.textContent).toBe(`1 of ${count}`));
    expect([...new Set(exchanges.map((e) => e.method))].sort()).toEqual(['room.present', 'room.projector']);
  });
});
