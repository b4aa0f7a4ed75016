import type { StateCreator } from 'zustand';
import type { ServerMessage, SeatSnapshot } from '../../../shared/room/protocol.ts';
import { instrumentsFor, phoneItems, type PhoneItem } from '../logic/items.ts';
import { afterAnswer, keepPosition, step } from '../logic/navigation.ts';
import { inSendOrder, messageOf, type PendingChange } from '../logic/pending.ts';
import { roundClosedAfter } from '../logic/round-closed.ts';
import { loadQueue, saveQueue } from '../logic/saved-queue.ts';
import {
  applyAck,
  applyRefused,
  applySnapshot,
  emptySeat,
  highestSeq,
  recordChange,
  shownAnswer,
  type SeatState,
} from '../logic/seat-state.ts';
import { nextSeq, raiseSeq } from '../logic/seq.ts';
import { endsSeat } from '../logic/socket-errors.ts';
import { RoomSocket } from '../net/socket.ts';
import { kv } from './kv.ts';
import type { PhoneState, SeatSlice } from './state.ts';

/** A change sent and not acknowledged within this long means the socket is dead though it looks open. */
const ACK_TIMEOUT_MS = 10_000;

const answeredIn = (seat: SeatState) => (item: PhoneItem) =>
  shownAnswer(seat, item.id, item.round) !== undefined;

/**
 * The seat: the socket, the snapshot, the queue and the answers. Every change is written to the
 * stored queue before it is sent, sent only on a socket that has had its snapshot (so the
 * snapshot can settle what it already has), resent after every snapshot, and shown as saved
 * only when its own acknowledgement arrives.
 */
export const seatSlice: StateCreator<PhoneState, [], [], SeatSlice> = (set, get) => {
  let socket: RoomSocket | null = null;
  let token = '';
  /** A snapshot arrived on the current socket: changes may be sent. */
  let synced = false;
  let watchdog: ReturnType<typeof setTimeout> | null = null;

  const stopWatchdog = () => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = null;
  };
  const armWatchdog = () => {
    stopWatchdog();
    if (get().seat.pending.size === 0 || !synced) return;
    watchdog = setTimeout(() => {
      watchdog = null;
      if (get().seat.pending.size > 0) socket?.restart();
    }, ACK_TIMEOUT_MS);
  };

  const setSeat = (seat: SeatState) => {
    saveQueue(kv, token, seat.pending);
    set({ seat });
  };

  const send = (changes: readonly PendingChange[]) => {
    if (!synced || !socket) return;
    for (const change of changes) if (!socket.send(messageOf(change))) return;
    armWatchdog();
  };

  const onSnapshot = (snapshot: SeatSnapshot) => {
    const { state, dropped } = applySnapshot(get().seat, snapshot);
    raiseSeq(kv, highestSeq(state));
    setSeat(state);
    const items = phoneItems(snapshot.items, instrumentsFor(snapshot.audit.instrument));
    set({
      snapshot,
      roundClosed: roundClosedAfter(get().snapshot, snapshot, get().roundClosed),
      items,
      connection: 'open',
      position: keepPosition(items.items, get().position, answeredIn(state), get().items.items),
      notice:
        dropped.length > 0
          ? `${dropped.length === 1 ? 'One answer' : `${dropped.length} answers`} given while this phone was offline could not be saved: those questions are closed now.`
          : get().notice,
    });
    socket?.healthy();
    synced = true;
    if (snapshot.phase === 'closed') {
      get().seatEnded(CLOSED);
      return;
    }
    send(inSendOrder(state.pending));
  };

  const onMessage = (message: ServerMessage) => {
    switch (message.type) {
      case 'snapshot':
        onSnapshot(message);
        return;
      case 'ack':
        setSeat(applyAck(get().seat, message));
        armWatchdog();
        return;
      case 'refused': {
        const next = applyRefused(get().seat, message);
        if (next) {
          setSeat(next);
          set({ notice: `Not saved: ${message.message}` });
        }
        return;
      }
      case 'nudge':
        set({ nudge: message.message });
        return;
      case 'error':
        // The socket closes after it; a passing problem is said, and the phone comes back by itself.
        if (endsSeat(message.code)) get().seatEnded(message.message);
        else set({ notice: message.message });
        return;
    }
  };

  return {
    connection: 'connecting',
    snapshot: null,
    seat: emptySeat(),
    items: { items: [], sections: [], unknown: [] },
    position: null,
    drafts: {},
    nudge: null,
    notice: null,
    roundClosed: null,

    openSeat(deviceToken) {
      get().closeSeat();
      token = deviceToken;
      set({
        seat: emptySeat(loadQueue(kv, deviceToken)),
        snapshot: null,
        items: { items: [], sections: [], unknown: [] },
        connection: 'connecting',
        position: null,
        drafts: {},
        nudge: null,
        notice: null,
        roundClosed: null,
      });
      socket = new RoomSocket(deviceToken, {
        onOpen: () => undefined,
        onMessage,
        onDown: () => {
          synced = false;
          stopWatchdog();
          set({ connection: get().snapshot ? 'reconnecting' : 'connecting' });
        },
      });
      socket.start();
    },

    closeSeat() {
      stopWatchdog();
      synced = false;
      socket?.stop();
      socket = null;
    },

    answer(item, value) {
      const { snapshot, drafts } = get();
      if (snapshot?.phase !== 'scoring') return;
      const note = drafts[item.key] ?? shownAnswer(get().seat, item.id, item.round)?.note ?? '';
      const change: PendingChange = {
        kind: 'answer',
        seq: nextSeq(kv),
        item: item.id,
        round: item.round,
        value,
        note,
      };
      const seat = recordChange(get().seat, change);
      setSeat(seat);
      const { [item.key]: _sent, ...rest } = drafts;
      set({ drafts: rest, position: afterAnswer(get().items.items, item.key, answeredIn(seat)) });
      send([change]);
    },

    saveNote(item) {
      const shown = shownAnswer(get().seat, item.id, item.round);
      const note = get().drafts[item.key];
      if (!shown || note === undefined || get().snapshot?.phase !== 'scoring') return;
      const change: PendingChange = {
        kind: 'answer',
        seq: nextSeq(kv),
        item: item.id,
        round: item.round,
        value: shown.value,
        note,
      };
      setSeat(recordChange(get().seat, change));
      const { [item.key]: _sent, ...rest } = get().drafts;
      set({ drafts: rest });
      send([change]);
    },

    setDraft(item, note) {
      set({ drafts: { ...get().drafts, [item.key]: note } });
    },

    goTo(position) {
      set({ position });
    },

    step(by) {
      set({ position: step(get().items.items, get().position ?? 'done', by) });
    },

    dismissNudge: () => set({ nudge: null }),
    dismissNotice: () => set({ notice: null }),
    dismissRoundClosed: () => set({ roundClosed: null }),
  };
};

const CLOSED =
  'This seat is closed: the room has ended, or the facilitator released your seat. Thank you for taking part.';
