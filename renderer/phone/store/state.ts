import type { JoinAnswer, SeatSnapshot } from '../../../shared/room/protocol.ts';
import type { Device } from '../logic/device.ts';
import type { PhoneItem, PhoneItems } from '../logic/items.ts';
import type { Position } from '../logic/navigation.ts';
import type { SeatState } from '../logic/seat-state.ts';

/** Which screen the phone shows before and around the seat. */
export type Stage =
  /** Reading the address and the stored device. */
  | { readonly name: 'starting' }
  /** At `/`: the big input for the six-character code. */
  | { readonly name: 'code'; readonly error: string | null; readonly busy: boolean }
  /** Waiting for POST /p/join. */
  | { readonly name: 'joining' }
  /** Pick your seat (or add yourself). */
  | {
      readonly name: 'roster';
      readonly join: JoinAnswer;
      readonly error: string | null;
      readonly busy: boolean;
    }
  /** The seat is this phone's: scoring, done, revealed, as the snapshot says. */
  | { readonly name: 'seat' }
  /** The room ended, the seat was released, or the room refused this phone. */
  | { readonly name: 'ended'; readonly message: string };

/** The socket as the person sees it: "Reconnecting…" whenever it is not open. */
export type Connection = 'connecting' | 'open' | 'reconnecting';

export type JoinState = {
  readonly stage: Stage;
  /** From the address (/j/ROOMTOKEN), or null at `/`. */
  readonly roomToken: string | null;
  readonly device: Device | null;
  readonly start: (pathname: string) => void;
  readonly submitCode: (typed: string) => void;
  readonly claimSeat: (seatId: string) => void;
  readonly addSeat: (name: string) => void;
  /** The room ended the seat (or refused the device): the socket stops, the stored seat is forgotten. */
  readonly seatEnded: (message: string) => void;
  /** After the end screen: join again from the start. */
  readonly rejoin: () => void;
};

export type SeatSlice = {
  readonly connection: Connection;
  readonly snapshot: SeatSnapshot | null;
  readonly seat: SeatState;
  readonly items: PhoneItems;
  readonly position: Position | null;
  /** Notes typed and not yet sent, per item and round. */
  readonly drafts: Readonly<Record<string, string>>;
  /** The facilitator's nudge, until dismissed. */
  readonly nudge: string | null;
  /** A refusal or answers that could not be sent, until dismissed. */
  readonly notice: string | null;
  /** The re-vote round this phone was in has just closed: the thank-you screen, until dismissed. */
  readonly roundClosed: number | null;
  /** Starts the seat's socket with the stored queue. */
  readonly openSeat: (deviceToken: string) => void;
  readonly closeSeat: () => void;
  readonly answer: (item: PhoneItem, value: number | null) => void;
  /** Sends the item's answer again with the draft note (the item is answered already). */
  readonly saveNote: (item: PhoneItem) => void;
  readonly setDraft: (item: PhoneItem, note: string) => void;
  readonly goTo: (position: Position) => void;
  readonly step: (by: 1 | -1) => void;
  readonly dismissNudge: () => void;
  readonly dismissNotice: () => void;
  readonly dismissRoundClosed: () => void;
};

export type PhoneState = JoinState & SeatSlice;
