import type { AnswerKey } from './answer-key.ts';
import type { PhoneItem } from './items.ts';

/**
 * Where the phone stands: an item (by its key, so a new snapshot that adds or removes items
 * keeps the person on the item they were looking at), or the done screen.
 */
export type Position = AnswerKey | 'done';

type Answered = (item: PhoneItem) => boolean;

/** Where to start: the first unanswered item, or done when everything is answered. */
export function firstOpen(items: readonly PhoneItem[], answered: Answered): Position {
  return items.find((i) => !answered(i))?.key ?? 'done';
}

/**
 * Where to go after an answer (auto-advance): the next unanswered item after this one, then
 * from the top; done when nothing is left. Someone who went back to change one answer returns
 * to where they left off, not to the item after the changed one.
 */
export function afterAnswer(items: readonly PhoneItem[], at: AnswerKey, answered: Answered): Position {
  const index = items.findIndex((i) => i.key === at);
  const order = [...items.slice(index + 1), ...items.slice(0, Math.max(index, 0))];
  return order.find((i) => i.key !== at && !answered(i))?.key ?? 'done';
}

/** One item back or forward (the Back and Skip buttons); forward from the last item is done. */
export function step(items: readonly PhoneItem[], at: Position, by: 1 | -1): Position {
  if (items.length === 0) return 'done';
  if (at === 'done') return by === -1 ? items[items.length - 1]!.key : 'done';
  const index = items.findIndex((i) => i.key === at);
  const next = index + by;
  if (next < 0) return items[0]!.key;
  return next >= items.length ? 'done' : items[next]!.key;
}

/**
 * The position after a new snapshot: the same item while it is still asked; the overview stays
 * the overview unless the snapshot asks items it did not ask before (a re-vote round opened:
 * its first unanswered item); otherwise the first unanswered item.
 */
export function keepPosition(
  items: readonly PhoneItem[],
  at: Position | null,
  answered: Answered,
  before: readonly PhoneItem[] = [],
): Position {
  if (at !== null && at !== 'done' && items.some((i) => i.key === at)) return at;
  if (at === 'done') {
    const asked = new Set(before.map((i) => i.key));
    const added = items.filter((i) => !asked.has(i.key));
    return added.length === 0 ? 'done' : firstOpen(added, answered);
  }
  return firstOpen(items, answered);
}
