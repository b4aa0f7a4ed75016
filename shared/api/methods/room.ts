import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import { method } from './declare.ts';

/*
 * Room mode, as the facilitator drives it (docs/spec/room.md): start and stop the room that
 * serves the phone page on the venue network, see who has joined and how far each person is
 * (counts, never values), nudge, release a seat, lock the room, allow open seats, and drive the
 * projector. These methods travel over IPC and the loopback binding only; a phone reaches
 * nothing of them (the participant API is shared/room/protocol.ts).
 */

/** A network address of this machine the room could listen on. */
export type NetworkInterface = {
  /** The operating system's name for the interface (en0, wlan0, Wi-Fi). */
  readonly name: string;
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
  readonly internal: boolean;
  /** The one a facilitator most likely means (a private IPv4 address on Wi-Fi or Ethernet). */
  readonly likely: boolean;
};

/** How far one seat is, as counts only: never which answer was given. */
export type SeatProgress = {
  readonly participantId: string;
  /** The participant's name, or their code (P1, P2…) when the audit is anonymous. */
  readonly label: string;
  /** A phone holds this seat. */
  readonly claimed: boolean;
  /** That phone has a live connection now (heartbeats find a dead one within ~30 s). */
  readonly connected: boolean;
  /** Items answered (Not sure included) of the items open to this seat. */
  readonly answered: number;
  readonly total: number;
  /** The same per section of the instrument, in the instrument's order. */
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly answered: number;
    readonly total: number;
  }[];
};

/** The room of one audit as the console shows it. */
export type RoomStatus = {
  readonly auditId: string;
  /** The port is open and phones can join. */
  readonly running: boolean;
  /** Where it listens, when running. */
  readonly host: string | null;
  readonly port: number | null;
  /** `http://HOST:PORT/j/ROOMTOKEN`: what the QR code holds. Null when not running. */
  readonly joinUrl: string | null;
  /** `http://HOST:PORT`: the short address to type, with the code. */
  readonly shortUrl: string | null;
  /** The six-character join code (shared/room/join-code.ts). */
  readonly code: string | null;
  /** The QR code of joinUrl as an SVG document, made locally. */
  readonly qrSvg: string | null;
  /** No new phone may join or claim a seat. */
  readonly locked: boolean;
  /** A phone may add itself as a new participant. */
  readonly openSeats: boolean;
  /** The reveal has started: phones are told to look at the projector. */
  readonly revealed: boolean;
  readonly seats: readonly SeatProgress[];
  /** Every participant has answered every item open to them. */
  readonly everyoneDone: boolean;
  /** The re-vote round open now (its items are what `seats` counts); null during blind scoring and between rounds. */
  readonly round: number | null;
};

/** What the projector may show: anonymous counts before the reveal, one item after it. */
export type ProjectorView = {
  readonly auditId: string;
  readonly title: string;
  readonly organization: string;
  readonly phase: 'joining' | 'scoring' | 'revealed' | 'closed';
  readonly join: {
    readonly joinUrl: string;
    readonly shortUrl: string;
    readonly code: string;
    readonly qrSvg: string;
  } | null;
  /** The re-vote round open now, whose answers `progress` counts ("Round 2: 4 of 6 done"); phase is then 'scoring'. */
  readonly round: number | null;
  /** Anonymous counts: "5 of 6 done". */
  readonly progress: {
    readonly seats: number;
    readonly joined: number;
    readonly done: number;
    /** Answers given of answers expected, over everyone. */
    readonly answered: number;
    readonly total: number;
  };
  /** After the reveal only: the item the facilitator presents, with its figures. */
  readonly spotlight: {
    readonly itemId: string;
    /** 1-based place of the item among those presented, and how many there are. */
    readonly index: number;
    readonly count: number;
    readonly section: string;
    readonly text: string;
    /** Count per scale value, lowest first, with the scale's words. */
    readonly distribution: readonly {
      readonly value: number;
      readonly label: string;
      readonly count: number;
    }[];
    readonly notSure: number;
    readonly mean: number | null;
    readonly spread: number | null;
    readonly misaligned: boolean;
    /** Notes typed with the answers, anonymised when the audit is anonymous. */
    readonly notes: readonly string[];
    /**
     * A re-voted item's rounds, in round order, with their counts (in `distribution`'s order)
     * and figures from audits.results; empty when the item was answered in one round only.
     * `distribution`, `mean` and `spread` above are then the final round's.
     */
    readonly rounds: readonly {
      readonly round: number;
      readonly counts: readonly number[];
      readonly notSure: number;
      readonly mean: number | null;
      readonly spread: number | null;
      /** Share of the round's answers within 1 of its median. */
      readonly agreement: number | null;
      readonly misaligned: boolean;
    }[];
    /** Misaligned in round 1 and no longer in the final round; null when not re-voted. */
    readonly converged: boolean | null;
  } | null;
};

const port = z.number().int().min(0).max(65_535);
const roomOf = z.strictObject({ auditId: id });
const seatOf = z.strictObject({ auditId: id, participantId: id });

export const roomMethods = {
  /** This machine's network addresses, the likely one marked. */
  'room.interfaces': method<{ interfaces: NetworkInterface[] }>()(z.strictObject({})),
  /**
   * Opens the room on one address (never all of them unasked) and a port (0: a free one, or the
   * room's last port when it is free). Starting a running room answers its status.
   */
  'room.start': method<RoomStatus>()(
    z.strictObject({ auditId: id, host: z.string().min(2).max(64), port: port.optional() }),
  ),
  /** Closes the port; seats, devices and answers are kept, so the room can start again and phones resume. */
  'room.stop': method<RoomStatus>()(roomOf),
  /** Ends the room: phones are told it is over, the port closes, and the room's tokens and seats are forgotten. */
  'room.end': method<RoomStatus>()(roomOf),
  'room.status': method<RoomStatus>()(roomOf),
  /** Frees a seat from its phone, so another phone can claim it; the seat's answers stay. */
  'room.release': method<RoomStatus>()(seatOf),
  /** Locked: no new phone may join or claim a seat; phones already in carry on. */
  'room.lock': method<RoomStatus>()(z.strictObject({ auditId: id, locked: z.boolean() })),
  /** Open seats: a phone may add itself as a new participant. */
  'room.openSeats': method<RoomStatus>()(z.strictObject({ auditId: id, open: z.boolean() })),
  /** Asks one person, on their phone, to carry on. False when their phone is not connected. */
  'room.nudge': method<{ delivered: boolean }>()(seatOf),
  /** What the projector shows; nothing in it names a value before the reveal. */
  'room.projector': method<ProjectorView>()(roomOf),
  /** The item the projector presents after the reveal (null: the first); moves with the console or the projector's keys. */
  'room.present': method<ProjectorView>()(
    z.strictObject({
      auditId: id,
      itemId: id.nullable(),
      step: z.union([z.literal(-1), z.literal(1)]).optional(),
    }),
  ),
};
