import { z } from 'zod';
import { id, scaleValue } from '../audit-file/fields.ts';
import { ROOM_MAX_NOTE, ROOM_MAX_SEQ } from '../limits.ts';

/**
 * What a phone and the room server say to each other over the room's WebSocket (docs/spec/room.md).
 * Every message a phone sends is validated with these schemas before anything reads it; every
 * message the server sends a phone is built from a seat's own state only (seat-view.ts), so
 * that no other participant's value can cross the network before the reveal.
 */

/** A note typed on a phone: shorter than an app note, so a message stays under the size limit. */
const phoneNote = z
  .string()
  .max(ROOM_MAX_NOTE, `a note from a phone must be at most ${ROOM_MAX_NOTE} characters`);

/** The phone's own sequence number: newer answers replace older ones, resends change nothing. */
const seq = z.number().int().min(1).max(ROOM_MAX_SEQ);

/** Messages a phone may send. Anything else closes the socket. */
export const phoneMessageSchema = z.discriminatedUnion('type', [
  /** The first message on a socket: who this device is. Nothing else is read before it. */
  z.strictObject({ type: z.literal('hello'), deviceToken: z.string().min(22).max(100) }),
  /** An answer (or Not sure, value null) to an open item, with an optional note. */
  z.strictObject({
    type: z.literal('answer'),
    seq,
    item: id,
    round: z.number().int().min(1).max(100),
    value: scaleValue.nullable(),
    note: phoneNote.optional(),
  }),
  /** Takes an answer back (the phone's "clear"). */
  z.strictObject({
    type: z.literal('clear'),
    seq,
    item: id,
    round: z.number().int().min(1).max(100),
  }),
]);
export type PhoneMessage = z.infer<typeof phoneMessageSchema>;

/** One of the seat's own answers, as the phone shows it. */
export type SeatAnswer = {
  readonly item: string;
  readonly round: number;
  readonly value: number | null;
  readonly note: string;
  /** The phone's sequence number that wrote it; 0 when it was written in the app. */
  readonly seq: number;
};

/** Where the room stands, as a phone needs to know it. */
export type RoomPhase =
  /** The seat answers the open items: blind scoring (round 1), or a re-vote round after the reveal. */
  | 'scoring'
  /** The facilitator has started the reveal: answers are locked; look at the projector. */
  | 'revealed'
  /** The room was ended or the seat released: the phone stops. */
  | 'closed';

/** An item the seat may answer now, in the order the phone asks them. */
export type OpenItem = { readonly id: string; readonly round: number };

/**
 * What a seat sees of an item it re-votes (docs/spec/scoring.md, "Re-vote rounds"): how the team
 * answered in the round before, as counts only (never who gave which answer), and the seat's own
 * answer before this round. Nothing of anyone's answers in the open round.
 */
export type RoundItemFeedback = {
  readonly item: string;
  /** The round the counts come from (the latest earlier round with answers); null when none. */
  readonly previousRound: number | null;
  /** Answers per point of the item's scale, lowest first; empty with no previous round. */
  readonly counts: readonly number[];
  /** "Not sure" answers in that round. */
  readonly notSure: number;
  /** The seat's own latest answer before this round (value null: Not sure); null when it gave none. */
  readonly ownPrevious: { readonly round: number; readonly value: number | null } | null;
};

/** A re-vote round open now, as a seat sees it: its number, and each item's feedback in the round's order. */
export type SeatRound = {
  readonly number: number;
  readonly feedback: readonly RoundItemFeedback[];
};

/** Everything a phone is told about its seat: its own answers, never anyone else's. */
export type SeatSnapshot = {
  readonly type: 'snapshot';
  readonly audit: {
    readonly title: string;
    readonly organization: string;
    /** The instrument the audit is scored with: the phone shows its items' words (shared/instrument). */
    readonly instrument: { readonly id: string; readonly version: string };
  };
  readonly seat: { readonly id: string; readonly label: string };
  readonly phase: RoomPhase;
  readonly items: readonly OpenItem[];
  /** The seat's own answers, of every round. */
  readonly answers: readonly SeatAnswer[];
  /** The re-vote round open now (its items are `items`); null during blind scoring and between rounds. */
  readonly round: SeatRound | null;
  /** The latest re-vote round that has closed; null when none has. A phone that was in it says thank you. */
  readonly closedRound: number | null;
};

/** Messages the server sends a phone. */
export type ServerMessage =
  | SeatSnapshot
  /** The answer with this sequence number is committed (synchronous = FULL): show the tick. */
  | { readonly type: 'ack'; readonly seq: number; readonly item: string; readonly round: number }
  /** The answer was not taken, and why (item closed, reveal started, off the scale). */
  | {
      readonly type: 'refused';
      readonly seq: number;
      readonly item: string;
      readonly round: number;
      readonly message: string;
    }
  /** The facilitator asks this person to carry on. */
  | { readonly type: 'nudge'; readonly message: string }
  /** A problem with the connection itself; the socket closes after it. */
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/*
 * The participant API over HTTP, on the room's address (everything under /p/):
 *   GET  /j/ROOMTOKEN     the phone page (the QR code's address); GET / the page that asks for the code
 *   POST /p/join          JoinRequest → JoinAnswer (a new device token, or the same one back)
 *   POST /p/claim         ClaimRequest with `Authorization: Bearer DEVICETOKEN` → ClaimAnswer
 *   GET  /p/ws            the WebSocket: hello first, then answers; the server sends ServerMessage
 * Code attempts are counted per client address and refused with 429 past the allowance.
 */

/** A room token as it travels: 128 random bits, base64url. */
export const roomToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a room token');

/** Joining by the QR code's room token, or by the typed code; a phone that joined before sends its device token to keep it. */
export const joinRequestSchema = z.union([
  z.strictObject({ roomToken, deviceToken: z.string().min(22).max(100).optional() }),
  z.strictObject({ code: z.string().min(1).max(20), deviceToken: z.string().min(22).max(100).optional() }),
]);
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** A seat on the roster as a phone sees it: the label only (names, or codes when anonymous). */
export type RosterSeat = { readonly id: string; readonly label: string; readonly claimed: boolean };

export type JoinAnswer = {
  /** Kept by the phone (localStorage) and sent with every later request. */
  readonly deviceToken: string;
  readonly audit: { readonly title: string; readonly organization: string };
  /** The seat this device holds already, if any: the phone goes straight to scoring. */
  readonly seatId: string | null;
  readonly roster: readonly RosterSeat[];
  /** The phone may add itself with a name (the facilitator allowed open seats). */
  readonly openSeats: boolean;
};

/** Claims a seat from the roster, or adds a new one by name when open seats are allowed. */
export const claimRequestSchema = z.union([
  z.strictObject({ seatId: id }),
  z.strictObject({ newSeat: z.strictObject({ name: z.string().trim().min(1).max(80) }) }),
]);
export type ClaimRequest = z.infer<typeof claimRequestSchema>;

export type ClaimAnswer = { readonly seatId: string; readonly label: string };
