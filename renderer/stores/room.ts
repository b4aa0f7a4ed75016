import { useEffect } from 'react';
import { create } from 'zustand';
import type { NetworkInterface, ProjectorView, RoomStatus } from '../../shared/api/methods/room.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { api } from '../api.ts';
import { poll } from './poll.ts';

/** Where the room listens: an address from room.interfaces and a port (0 or none: a free one). */
export type RoomPlace = { readonly host: string; readonly port?: number };

export type RoomState = {
  /** The audit whose room the console shows. */
  readonly auditId: string | null;
  /** The room as last heard: who is in, how far each person is (counts only), the join code. */
  readonly status: RoomStatus | null;
  /** What the projector shows now, heard after the reveal so the console can say which item is up. */
  readonly presenting: ProjectorView['spotlight'];
  /** This machine's network addresses, asked once when the console opens. */
  readonly interfaces: readonly NetworkInterface[] | null;
  /** Why the last thing the facilitator asked for did not happen. */
  readonly error: string | null;
  /** Why the room's state could not be read (shown quietly; the next poll may succeed). */
  readonly pollError: string | null;
  /** A command is under way (start, stop, end): its button waits. */
  readonly busy: boolean;

  /** Reads the room's state once (the console polls this about once a second). */
  readonly refresh: () => Promise<void>;
  readonly loadInterfaces: () => Promise<void>;
  /** Opens the room on the address chosen; answers the error message or null. */
  readonly start: (place: RoomPlace) => Promise<string | null>;
  /** Closes the port; seats and answers stay, and phones resume when it starts again. */
  readonly stop: () => Promise<string | null>;
  /** Ends the room: phones are told it is over and the room's tokens and seats are forgotten. */
  readonly end: () => Promise<string | null>;
  /** Frees a seat from its phone so another phone can claim it (the answers stay). */
  readonly release: (participantId: string) => Promise<string | null>;
  readonly lock: (locked: boolean) => Promise<string | null>;
  readonly allowOpenSeats: (open: boolean) => Promise<string | null>;
  /** Asks one person to carry on; answers what to tell the facilitator. */
  readonly nudge: (participantId: string) => Promise<string>;
  /** Moves the projector to the next or previous item, or (null) to the first. */
  readonly present: (step: -1 | 1 | null) => Promise<string | null>;
  /** The audit is being closed: its room closes with it (room.stop), if it is open. */
  readonly closeAudit: (auditId: string) => Promise<void>;
};

type Access = { readonly get: () => RoomState; readonly set: (partial: Partial<RoomState>) => void };

/** Sends one command that answers the room's status; keeps the answer, or the error message. */
async function command(
  { get, set }: Access,
  send: (auditId: string) => Promise<ApiResult<RoomStatus>>,
): Promise<string | null> {
  const auditId = get().auditId;
  if (!auditId) return 'No audit is open.';
  set({ busy: true });
  const result = await send(auditId);
  if (get().auditId !== auditId) return null;
  if (!result.ok) {
    set({ busy: false, error: result.error.message });
    return result.error.message;
  }
  set({ busy: false, error: null, status: result.value, pollError: null });
  return null;
}

/**
 * The facilitator's side of room mode (docs/spec/room.md, "Facilitator console"): the room's
 * status, polled while the console is on screen, and the commands that drive it. Nothing here
 * holds a participant's answer: the status carries counts only.
 */
export const useRoomStore = create<RoomState>()((set, get) => {
  const access: Access = { get, set };
  return {
    auditId: null,
    status: null,
    presenting: null,
    interfaces: null,
    error: null,
    pollError: null,
    busy: false,

    refresh: async () => {
      const auditId = get().auditId;
      if (!auditId) return;
      const result = await api['room.status']({ auditId });
      if (get().auditId !== auditId) return;
      if (!result.ok) return set({ pollError: result.error.message });
      set({ status: result.value, pollError: null });
      // After the reveal the console says which item the projector presents, whoever moved it.
      if (result.value.revealed) {
        const shown = await api['room.projector']({ auditId });
        if (shown.ok && get().auditId === auditId) set({ presenting: shown.value.spotlight });
      } else if (get().presenting) set({ presenting: null });
    },

    loadInterfaces: async () => {
      const result = await api['room.interfaces']({});
      if (!result.ok) return set({ error: result.error.message });
      set({ interfaces: result.value.interfaces });
    },

    start: (place) =>
      command(access, (auditId) =>
        api['room.start']({
          auditId,
          host: place.host,
          ...(place.port === undefined ? {} : { port: place.port }),
        }),
      ),
    stop: () => command(access, (auditId) => api['room.stop']({ auditId })),
    end: () => command(access, (auditId) => api['room.end']({ auditId })),
    release: (participantId) => command(access, (auditId) => api['room.release']({ auditId, participantId })),
    lock: (locked) => command(access, (auditId) => api['room.lock']({ auditId, locked })),
    allowOpenSeats: (open) => command(access, (auditId) => api['room.openSeats']({ auditId, open })),

    nudge: async (participantId) => {
      const auditId = get().auditId;
      if (!auditId) return 'No audit is open.';
      const result = await api['room.nudge']({ auditId, participantId });
      if (!result.ok) return result.error.message;
      return result.value.delivered
        ? 'Nudge sent: their phone shows a gentle reminder.'
        : 'Their phone is not connected, so the nudge could not be shown. Ask them in person.';
    },

    present: async (step) => {
      const auditId = get().auditId;
      if (!auditId) return 'No audit is open.';
      const current = get().presenting?.itemId ?? null;
      const result = await api['room.present'](
        step === null || current === null ? { auditId, itemId: null } : { auditId, itemId: current, step },
      );
      if (!result.ok) {
        set({ error: result.error.message });
        return result.error.message;
      }
      if (get().auditId === auditId) set({ presenting: result.value.spotlight, error: null });
      return null;
    },

    closeAudit: async (auditId) => {
      const { status } = get();
      if (get().auditId === auditId)
        set({ auditId: null, status: null, presenting: null, error: null, pollError: null, busy: false });
      if (status?.auditId === auditId && status.running) await api['room.stop']({ auditId });
    },
  };
});

/**
 * Watches one audit's room while the calling view is on screen: reads its status about once a
 * second (and the network addresses once), and stops when the view goes.
 */
export function useRoomWatch(auditId: string): void {
  useEffect(() => {
    const { auditId: shown } = useRoomStore.getState();
    if (shown !== auditId)
      useRoomStore.setState({ auditId, status: null, presenting: null, error: null, pollError: null });
    void useRoomStore.getState().loadInterfaces();
    return poll(() => useRoomStore.getState().refresh());
  }, [auditId]);
}
