import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../renderer/phone/logic/answer-key.ts';
import { phoneItems, type PhoneItem } from '../../../renderer/phone/logic/items.ts';
import { afterAnswer, firstOpen, keepPosition, step } from '../../../renderer/phone/logic/navigation.ts';
import { overallProgress, sectionProgress, type ItemState } from '../../../renderer/phone/logic/progress.ts';

const { items, sections } = phoneItems(
  ['leadership-1', 'leadership-2', 'leadership-3', 'metrics-1', 'metrics-2'].map((id) => ({ id, round: 1 })),
);
const key = (id: string): AnswerKey => items.find((i) => i.id === id)!.key;
const answeredOf =
  (...ids: string[]) =>
  (item: PhoneItem) =>
    ids.includes(item.id);

describe('moving through the items', () => {
  it('starts at the first unanswered item, or done when all are answered', () => {
    expect(firstOpen(items, answeredOf())).toBe(key('leadership-1'));
    expect(firstOpen(items, answeredOf('leadership-1', 'leadership-2'))).toBe(key('leadership-3'));
    expect(firstOpen(items, () => true)).toBe('done');
  });

  it('moves on after an answer to the next unanswered item', () => {
    expect(afterAnswer(items, key('leadership-1'), answeredOf('leadership-1'))).toBe(key('leadership-2'));
    expect(afterAnswer(items, key('leadership-1'), answeredOf('leadership-1', 'leadership-2'))).toBe(
      key('leadership-3'),
    );
  });

  it('takes someone who went back to change an answer back to where they left off', () => {
    const answered = answeredOf('leadership-1', 'leadership-2', 'leadership-3');
    expect(afterAnswer(items, key('leadership-1'), answered)).toBe(key('metrics-1'));
  });

  it('wraps to a skipped item at the top after the last one, and is done when nothing is left', () => {
    expect(
      afterAnswer(
        items,
        key('metrics-2'),
        answeredOf('leadership-2', 'leadership-3', 'metrics-1', 'metrics-2'),
      ),
    ).toBe(key('leadership-1'));
    expect(afterAnswer(items, key('metrics-2'), () => true)).toBe('done');
  });

  it('steps back and forward one item; forward from the last is done, back from done is the last', () => {
    expect(step(items, key('leadership-2'), -1)).toBe(key('leadership-1'));
    expect(step(items, key('leadership-1'), -1)).toBe(key('leadership-1'));
    expect(step(items, key('leadership-3'), 1)).toBe(key('metrics-1'));
    expect(step(items, key('metrics-2'), 1)).toBe('done');
    expect(step(items, 'done', -1)).toBe(key('metrics-2'));
    expect(step([], 'done', -1)).toBe('done');
  });

  it('stays on the same item when a new snapshot still asks it, else goes to the first unanswered', () => {
    expect(keepPosition(items, key('metrics-1'), answeredOf())).toBe(key('metrics-1'));
    const fewer = items.filter((i) => i.id !== 'metrics-1');
    expect(keepPosition(fewer, key('metrics-1'), answeredOf('leadership-1'))).toBe(key('leadership-2'));
    expect(keepPosition(items, null, answeredOf('leadership-1'))).toBe(key('leadership-2'));
    expect(keepPosition(items, 'done', () => true)).toBe('done');
    // The overview stays the overview on a reconnect, answered or not.
    expect(keepPosition(items, 'done', answeredOf('leadership-1'), items)).toBe('done');
    // New items (a re-vote round) while the person looked at the overview: to the first of them.
    const earlier = items.filter((i) => !i.id.startsWith('metrics'));
    expect(keepPosition(items, 'done', answeredOf('leadership-1'), earlier)).toBe(key('metrics-1'));
    expect(keepPosition(items, 'done', answeredOf('metrics-1'), earlier)).toBe(key('metrics-2'));
  });
});

describe('progress per section', () => {
  it('counts answered and saved items per section and over all', () => {
    const states: Record<string, ItemState> = {
      'leadership-1': 'saved',
      'leadership-2': 'waiting',
      'metrics-2': 'saved',
    };
    const progress = sectionProgress(sections, (i) => states[i.id] ?? 'unanswered');
    expect(progress.map(({ title, answered, saved, total }) => ({ title, answered, saved, total }))).toEqual([
      { title: 'Customer Leadership', answered: 2, saved: 1, total: 3 },
      { title: 'Metrics', answered: 1, saved: 1, total: 2 },
    ]);
    expect(overallProgress(progress)).toEqual({ answered: 3, saved: 2, total: 5 });
  });
});
