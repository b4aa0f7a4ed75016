/**
 * One answer slot of a seat: an item in a round. The queue, the seat's state and the progress
 * all key by it, so a re-vote round's answer never overwrites the first round's on the phone.
 */
export type AnswerKey = string & { readonly answerKey: true };

/** JSON of the pair: unambiguous whatever characters an item id holds. */
export function answerKey(item: string, round: number): AnswerKey {
  return JSON.stringify([item, round]) as AnswerKey;
}
