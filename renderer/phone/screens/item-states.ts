import type { PhoneItem } from '../logic/items.ts';
import type { ItemState } from '../logic/progress.ts';
import { shownAnswer, type SeatState } from '../logic/seat-state.ts';

/** How each item stands for the progress marks: unanswered, waiting for the laptop, or saved. */
export const stateIn =
  (seat: SeatState) =>
  (item: PhoneItem): ItemState => {
    const shown = shownAnswer(seat, item.id, item.round);
    return shown === undefined ? 'unanswered' : shown.saved ? 'saved' : 'waiting';
  };
