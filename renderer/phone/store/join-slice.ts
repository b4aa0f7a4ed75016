import type { StateCreator } from 'zustand';
import { normalizeJoinCode } from '../../../shared/room/join-code.ts';
import type { JoinAnswer, JoinRequest } from '../../../shared/room/protocol.ts';
import { loadDevice, saveDevice, type Device } from '../logic/device.ts';
import { roomTokenOf } from '../logic/join-path.ts';
import { saveQueue } from '../logic/saved-queue.ts';
import { claim, join, RoomRequestError } from '../net/http.ts';
import { kv } from './kv.ts';
import type { JoinState, PhoneState } from './state.ts';

/** The longest name a person may add themselves with (shared/room/protocol.ts claimRequestSchema). */
export const MAX_SEAT_NAME = 80;

const messageOf = (error: unknown) =>
  error instanceof RoomRequestError ? error.message : 'Something went wrong. Try again.';

/**
 * Getting to a seat: the room token from the address or the typed code, POST /p/join with the
 * device token this phone was given before (so it keeps its seat), then the roster and
 * POST /p/claim. A device that holds a seat already goes straight to it.
 */
export const joinSlice: StateCreator<PhoneState, [], [], JoinState> = (set, get) => {
  /** The last join, made again to refresh the roster after a seat was taken under someone's thumb. */
  let lastRequest: JoinRequest | null = null;

  const keepDevice = (device: Device) => {
    const before = get().device;
    // A new token is a new device to the room: the old one's queue can never be sent.
    if (before && before.token !== device.token) saveQueue(kv, before.token, new Map());
    saveDevice(kv, device);
    set({ device });
  };

  const enterSeat = (device: Device) => {
    set({ stage: { name: 'seat' } });
    get().openSeat(device.token);
  };

  const adopt = (answer: JoinAnswer) => {
    const device = { token: answer.deviceToken, seatId: answer.seatId };
    keepDevice(device);
    if (device.seatId) enterSeat(device);
    else set({ stage: { name: 'roster', join: answer, error: null, busy: false } });
  };

  const withToken = (request: { roomToken: string } | { code: string }): JoinRequest => {
    const token = get().device?.token;
    return token ? { ...request, deviceToken: token } : request;
  };

  const joinBy = async (request: JoinRequest, onError: (message: string, error: unknown) => void) => {
    lastRequest = request;
    try {
      adopt(await join(request));
    } catch (error) {
      onError(messageOf(error), error);
    }
  };

  const takeSeat = async (request: Parameters<typeof claim>[1]) => {
    const { stage, device } = get();
    if (stage.name !== 'roster' || stage.busy || !device) return;
    set({ stage: { ...stage, busy: true, error: null } });
    try {
      const answer = await claim(device.token, request);
      const held = { token: device.token, seatId: answer.seatId };
      keepDevice(held);
      enterSeat(held);
    } catch (error) {
      let roster = stage.join;
      if (error instanceof RoomRequestError && error.status === 409 && lastRequest) {
        // The seat went to someone else: show who is still free.
        roster = await join(lastRequest).catch(() => roster);
      }
      set({ stage: { name: 'roster', join: roster, busy: false, error: messageOf(error) } });
    }
  };

  return {
    stage: { name: 'starting' },
    roomToken: null,
    device: null,

    start(pathname) {
      if (get().stage.name !== 'starting') return; // once per page (React's StrictMode runs effects twice)
      const roomToken = roomTokenOf(pathname);
      const device = loadDevice(kv);
      set({ roomToken, device });
      if (roomToken) {
        set({ stage: { name: 'joining' } });
        void joinBy(withToken({ roomToken }), (message, error) => {
          // The laptop is out of reach for a moment: a held seat waits for it on its socket.
          if (device?.seatId && error instanceof RoomRequestError && error.status === 0) enterSeat(device);
          else set({ stage: { name: 'code', error: message, busy: false } });
        });
      } else if (device?.seatId) enterSeat(device);
      else set({ stage: { name: 'code', error: null, busy: false } });
    },

    submitCode(typed) {
      const stage = get().stage;
      if (stage.name === 'code' && stage.busy) return;
      const code = normalizeJoinCode(typed);
      if (!code) {
        set({
          stage: {
            name: 'code',
            busy: false,
            error: 'A code is six letters and digits, as shown on the screen at the front.',
          },
        });
        return;
      }
      set({ stage: { name: 'code', error: null, busy: true } });
      void joinBy(withToken({ code }), (message) =>
        set({ stage: { name: 'code', error: message, busy: false } }),
      );
    },

    claimSeat(seatId) {
      void takeSeat({ seatId });
    },

    addSeat(name) {
      const stage = get().stage;
      const trimmed = name.trim();
      if (stage.name !== 'roster') return;
      if (trimmed.length === 0 || trimmed.length > MAX_SEAT_NAME) {
        set({
          stage: { ...stage, error: `Type your name (at most ${MAX_SEAT_NAME} characters).` },
        });
        return;
      }
      void takeSeat({ newSeat: { name: trimmed } });
    },

    seatEnded(message) {
      get().closeSeat();
      const device = get().device;
      if (device) keepDevice({ ...device, seatId: null });
      set({ stage: { name: 'ended', message } });
    },

    rejoin() {
      const roomToken = get().roomToken;
      if (!roomToken) {
        set({ stage: { name: 'code', error: null, busy: false } });
        return;
      }
      set({ stage: { name: 'joining' } });
      void joinBy(withToken({ roomToken }), (message) =>
        set({ stage: { name: 'code', error: message, busy: false } }),
      );
    },
  };
};
