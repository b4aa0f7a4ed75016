// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { useAuditStore } from '../../../renderer/stores/audit.ts';
import { useRoomStore } from '../../../renderer/stores/room.ts';
import { useSessionStore } from '../../../renderer/stores/session.ts';
import { Scoring } from '../../../renderer/views/Scoring/Scoring.tsx';
import { Workspace } from '../../../renderer/views/Workspace/Workspace.tsx';
import {
  closedStatus,
  INTERFACES,
  installGivenRoom,
  installRealRoom,
  ITEM_COUNT,
  runningStatus,
  seatProgress,
  type GivenRoom,
  type RoomCall,
} from '../../fixtures/given-room.ts';
import { call, tempStorage } from '../../fixtures/temp-storage.ts';

let storage: Storage;
beforeAll(async () => {
  storage = await tempStorage();
});
afterAll(() => closeStorage(storage));
afterEach(() => {
  cleanup();
  useSessionStore.setState({ scorer: null, handOver: false, presentation: false, scoringMode: 'laptop' });
  useRoomStore.setState({ auditId: null, status: null, presenting: null, error: null, pollError: null });
});

/** Three people; Ana's answer (a 4) is the only value in the audit, and it must never show. */
async function audit() {
  const created = await call(storage, 'audits.create', {
    organization: 'Acme',
    title: 'Offsite',
    date: '2026-11-23',
  });
  const ids: string[] = [];
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin'])
    ids.push((await call(storage, 'participants.add', { auditId: created.id, name })).id);
  await call(storage, 'responses.save', {
    auditId: created.id,
    participantId: ids[0]!,
    itemId: 'leadership-1',
    value: 4,
  });
  return { auditId: created.id, ids };
}

let given: GivenRoom;
let calls: RoomCall[];

/** The Blind scoring step with the room console chosen, for an audit opened in the store. */
async function showConsole(auditId: string, status = closedStatus(auditId)) {
  given = {
    status,
    projector: {
      auditId,
      title: 'Offsite',
      organization: 'Acme',
      phase: 'closed',
      join: null,
      round: null,
      progress: { seats: 3, joined: 0, done: 0, answered: 0, total: 3 * ITEM_COUNT },
      spotlight: null,
    },
    interfaces: INTERFACES,
    delivered: true,
  };
  calls = installGivenRoom(storage, given);
  await useAuditStore.getState().load(auditId);
  useSessionStore.setState({ scoringMode: 'room' });
  render(<Scoring />);
}

const sent = (method: string) => calls.filter((c) => c.method === method).map((c) => c.input);

describe('the room console', () => {
  it('opens the room on the likely network, preselected, and shows the QR code, the address and the code', async () => {
    const { auditId } = await audit();
    await showConsole(auditId);
    const network = await screen.findByRole('combobox', { name: 'Network the phones are on' });
    await waitFor(() => expect((network as HTMLSelectElement).value).toBe('192.168.1.23'));
    // Loopback is offered, said plainly, and last.
    const options = within(network)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('wlan0: 192.168.1.23 (the room’s network, most likely)');
    expect(options.slice(-2)).toEqual([
      'This computer only (127.0.0.1)',
      'Another address of this computer…',
    ]);

    fireEvent.change(screen.getByRole('textbox', { name: /Port/ }), { target: { value: '80000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the room' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The port must be a whole number');
    expect(sent('room.start')).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /Port/ }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the room' }));
    await screen.findByText('http://127.0.0.2:41234');
    expect(sent('room.start')).toEqual([{ auditId, host: '192.168.1.23' }]);
    expect(screen.getByLabelText('Code 7 K D 3 Q X').textContent).toBe('7KD 3QX');
    // The server's SVG is an image from a data address, never markup in the page.
    const qr = screen.getByRole('img', { name: 'QR code of the room’s join address' });
    expect(qr.getAttribute('src')).toBe(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(given.status.qrSvg!)}`,
    );
    expect(document.querySelector('svg rect')).toBeNull();
  });

  it('listens on another address of this computer when the facilitator types one', async () => {
    const { auditId } = await audit();
    await showConsole(auditId);
    const network = await screen.findByRole('combobox', { name: 'Network the phones are on' });
    await waitFor(() => expect((network as HTMLSelectElement).value).toBe('192.168.1.23'));
    fireEvent.change(network, { target: { value: 'other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the room' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Type the address to listen on.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Address' }), { target: { value: ' 127.0.0.2 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Port/ }), { target: { value: '41234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the room' }));
    await screen.findByText('http://127.0.0.2:41234');
    expect(sent('room.start')).toEqual([{ auditId, host: '127.0.0.2', port: 41234 }]);
  });

  it('shows a QR code that carries a script as an image only: nothing of it enters the page', async () => {
    const { auditId, ids } = await audit();
    const status = runningStatus(auditId, [seatProgress(ids[0]!, 'Ana Ruiz', 1)]);
    await showConsole(auditId, {
      ...status,
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"><script>window.hacked = 1</script><rect/></svg>',
    });
    const qr = await screen.findByRole('img', { name: 'QR code of the room’s join address' });
    expect(qr.tagName).toBe('IMG');
    expect(document.querySelector('script, svg rect')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('lists who joined, who is connected and how far each is, as counts only', async () => {
    const { auditId, ids } = await audit();
    await showConsole(
      auditId,
      runningStatus(auditId, [
        seatProgress(ids[0]!, 'Ana Ruiz', 8),
        seatProgress(ids[1]!, 'Ben Okafor', 0, { claimed: true, connected: false }),
        seatProgress(ids[2]!, 'Chloé Martin', 0, { claimed: false, connected: false }),
      ]),
    );
    const roster = await screen.findByRole('table');
    const rows = within(roster).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Ana Ruiz',
      'Ben Okafor',
      'Chloé Martin',
    ]);
    expect(rows.map((r) => r.querySelector('.phone-state')?.textContent)).toEqual([
      'Connected',
      'Not connected',
      'Not joined',
    ]);
    expect(within(rows[0]!).getByText(`8 of ${ITEM_COUNT}`)).toBeTruthy();
    // Per section: the first has all 6, the second 2 of 7; each named for a screen reader.
    const ana = within(rows[0]!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(ana.slice(0, 3)).toEqual(['Customer Leadership: 6/6', 'Customer Listening: 2/7', 'Metrics: 0/6']);
    // Only the connected, unfinished phone can be nudged; only claimed seats released.
    expect(within(rows[0]!).getByRole<HTMLButtonElement>('button', { name: 'Nudge Ana Ruiz' }).disabled).toBe(
      false,
    );
    expect(
      within(rows[1]!).getByRole<HTMLButtonElement>('button', { name: 'Nudge Ben Okafor' }).disabled,
    ).toBe(true);
    expect(
      within(rows[2]!).getByRole<HTMLButtonElement>('button', { name: 'Release… Chloé Martin’s seat' })
        .disabled,
    ).toBe(true);
    // Ana's 4 is in the database; no 4 of hers (nor any value) is on screen: only counts.
    expect(screen.queryByText(/Agree|Strongly/)).toBeNull();
  });

  it('names people by their codes in presentation mode', async () => {
    const { auditId, ids } = await audit();
    useSessionStore.setState({ presentation: true });
    await showConsole(auditId, runningStatus(auditId, [seatProgress(ids[0]!, 'Ana Ruiz', 3)]));
    const roster = await screen.findByRole('table');
    expect(
      within(roster)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['P1']);
    expect(roster.textContent).not.toContain('Ana');
  });

  it('nudges, releases a seat only after a confirmation, locks the room and allows open seats', async () => {
    const { auditId, ids } = await audit();
    await showConsole(auditId, runningStatus(auditId, [seatProgress(ids[0]!, 'Ana Ruiz', 3)]));
    fireEvent.click(await screen.findByRole('button', { name: 'Nudge Ana Ruiz' }));
    expect(await screen.findByText('Nudge sent: their phone shows a gentle reminder.')).toBeTruthy();
    expect(sent('room.nudge')).toEqual([{ auditId, participantId: ids[0] }]);

    fireEvent.click(screen.getByRole('button', { name: 'Release… Ana Ruiz’s seat' }));
    expect(sent('room.release')).toEqual([]);
    const question = screen.getByRole('group', { name: 'Release Ana Ruiz’s seat?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    expect(sent('room.release')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Release… Ana Ruiz’s seat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Release' }));
    await screen.findByText(/Ana Ruiz’s seat is free/);
    expect(sent('room.release')).toEqual([{ auditId, participantId: ids[0] }]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Lock the room' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Lock the room' }).checked).toBe(true),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Allow open seats' }));
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Allow open seats' }).checked).toBe(true),
    );
    expect(sent('room.lock')).toEqual([{ auditId, locked: true }]);
    expect(sent('room.openSeats')).toEqual([{ auditId, open: true }]);
  });

  it('polls the status about once a second and announces when everyone is done', async () => {
    const { auditId, ids } = await audit();
    const seats = (answered: number) => [
      seatProgress(ids[0]!, 'Ana Ruiz', ITEM_COUNT),
      seatProgress(ids[1]!, 'Ben Okafor', ITEM_COUNT),
      seatProgress(ids[2]!, 'Chloé Martin', answered),
    ];
    await showConsole(auditId, runningStatus(auditId, seats(ITEM_COUNT - 1)));
    expect(await screen.findByRole('heading', { name: '2 of 3 done' })).toBeTruthy();
    const announcement = document.querySelector('.room-announcement')!;
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(announcement.textContent).toBe('');

    given.status = runningStatus(auditId, seats(ITEM_COUNT));
    await waitFor(() => expect(announcement.textContent).toBe('Everyone is done.'), { timeout: 2500 });
    expect(screen.getByRole('heading', { name: '3 of 3 done' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the reveal' })).toBeTruthy();
    expect(sent('room.status').length).toBeGreaterThanOrEqual(2);
  });

  it('reveals early only after a confirmation, through the audit’s own reveal', async () => {
    const { auditId, ids } = await audit();
    await showConsole(
      auditId,
      runningStatus(auditId, [seatProgress(ids[0]!, 'Ana Ruiz', 1), seatProgress(ids[1]!, 'Ben Okafor', 0)]),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal now…' }));
    const question = screen.getByRole('group', { name: /Reveal now\?/ });
    expect(question.textContent).toContain('the 2 people still scoring cannot finish');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep scoring' }));
    expect(sent('audits.startReveal')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Reveal now…' }));
    given.status = { ...given.status, revealed: true };
    fireEvent.click(screen.getByRole('button', { name: 'Reveal now' }));
    await waitFor(() => expect(useAuditStore.getState().detail?.revealedAt).not.toBeNull());
    expect(sent('audits.startReveal')).toEqual([{ id: auditId }]);
    expect(await screen.findByRole('heading', { name: 'The reveal has started' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show the first item' })).toBeTruthy();
  });

  it('shows a re-vote round’s progress as counts per seat, announces everyone done with it, and closes it', async () => {
    const { auditId, ids } = await audit();
    await call(storage, 'audits.startReveal', { id: auditId });
    await call(storage, 'rounds.open', { auditId, itemIds: ['leadership-1', 'leadership-2'] });
    const inRound = (participantId: string, label: string, answered: number) => ({
      participantId,
      label,
      claimed: true,
      connected: true,
      answered,
      total: 2,
      sections: [{ id: 'leadership', title: 'Customer Leadership', answered, total: 2 }],
    });
    const status = (chloé: number) => ({
      ...runningStatus(auditId, [
        inRound(ids[0]!, 'Ana Ruiz', 2),
        inRound(ids[1]!, 'Ben Okafor', 2),
        inRound(ids[2]!, 'Chloé Martin', chloé),
      ]),
      revealed: true,
      round: 2,
    });
    await showConsole(auditId, { ...status(1), everyoneDone: false });
    expect(await screen.findByRole('heading', { name: 'Round 2: 2 of 3 done' })).toBeTruthy();
    expect(screen.getByText(/Each person re-votes 2 items on their phone/)).toBeTruthy();
    const roster = screen.getByRole('table');
    expect(within(roster).getByRole('columnheader', { name: 'Answered in round 2' })).toBeTruthy();
    expect(within(roster).getByText('1 of 2')).toBeTruthy();
    // The person still re-voting can be nudged; the others are done.
    expect(
      within(roster).getByRole<HTMLButtonElement>('button', { name: 'Nudge Chloé Martin' }).disabled,
    ).toBe(false);
    expect(within(roster).getByRole<HTMLButtonElement>('button', { name: 'Nudge Ana Ruiz' }).disabled).toBe(
      true,
    );
    // Counts only: Ana's 4 and the scale's words never show.
    expect(document.body.textContent).not.toMatch(/agree/i);

    const announcement = document.querySelector('.room-announcement')!;
    given.status = { ...status(2), everyoneDone: true };
    await waitFor(() => expect(announcement.textContent).toBe('Everyone is done with round 2.'), {
      timeout: 2500,
    });
    expect(screen.getByRole('heading', { name: 'Round 2: 3 of 3 done' })).toBeTruthy();
    given.status = { ...given.status, round: null };
    fireEvent.click(screen.getByRole('button', { name: 'Close round 2' }));
    await waitFor(() => expect(useAuditStore.getState().detail?.rounds[0]?.closedAt).not.toBeNull());
    expect(sent('rounds.close')).toEqual([{ auditId, round: 2 }]);
    expect(await screen.findByRole('heading', { name: 'The reveal has started' })).toBeTruthy();
  });

  it('closes the room when the audit is closed', async () => {
    const { auditId, ids } = await audit();
    given = {
      status: runningStatus(auditId, [seatProgress(ids[0]!, 'Ana Ruiz', 1)]),
      projector: {} as GivenRoom['projector'],
      interfaces: INTERFACES,
      delivered: true,
    };
    calls = installGivenRoom(storage, given);
    useSessionStore.setState({ scoringMode: 'room' });
    const view = render(<Workspace auditId={auditId} step="scoring" />);
    await screen.findByText('http://127.0.0.2:41234');
    expect(sent('room.stop')).toEqual([]);
    act(() => view.unmount());
    await waitFor(() => expect(sent('room.stop')).toEqual([{ auditId }]));
  });
});

describe('the room console against the real services', () => {
  it('reads the real status (counts per seat from the database) and shows a refused start in plain words', async () => {
    const { auditId } = await audit();
    const exchanges = installRealRoom(storage);
    await useAuditStore.getState().load(auditId);
    useSessionStore.setState({ scoringMode: 'room' });
    render(<Scoring />);
    // Nothing listens in this process (no room host): the room is closed, the roster counts.
    const roster = await screen.findByRole('table');
    expect(
      within(roster)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chloé Martin']);
    expect(within(roster).getByText(`1 of ${ITEM_COUNT}`)).toBeTruthy();
    const network = await screen.findByRole('combobox', { name: 'Network the phones are on' });
    await waitFor(() => expect(within(network).getAllByRole('option').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: 'Open the room' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Room mode is not available here');
    const status = exchanges.find((e) => e.method === 'room.status')!;
    // Ana's 4 is in the database; the status carries her count, never the answer.
    expect(status.answer).toContain('"answered":1');
    expect(status.answer).not.toMatch(/"value":4|"note"/);
  });
});
