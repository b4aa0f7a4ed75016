import type { PhoneItem, PhoneSection } from './items.ts';

/** How an item stands on this phone: unanswered, answered and waiting for the laptop, or saved. */
export type ItemState = 'unanswered' | 'waiting' | 'saved';

/** Tells how an item stands (from the seat's state: see seat-state.ts shownAnswer). */
export type StateOf = (item: PhoneItem) => ItemState;

export type SectionProgress = {
  readonly key: string;
  readonly title: string;
  readonly round: number;
  /** Answered, Not sure included, saved or not. */
  readonly answered: number;
  /** Answered and committed on the laptop. */
  readonly saved: number;
  readonly total: number;
};

/** Per section, how many items are answered and how many of those are saved. */
export function sectionProgress(sections: readonly PhoneSection[], stateOf: StateOf): SectionProgress[] {
  return sections.map((section) => {
    let answered = 0;
    let saved = 0;
    for (const item of section.items) {
      const state = stateOf(item);
      if (state !== 'unanswered') answered++;
      if (state === 'saved') saved++;
    }
    const { key, title, round } = section;
    return { key, title, round, answered, saved, total: section.items.length };
  });
}

/** The same over all sections. */
export function overallProgress(progress: readonly SectionProgress[]) {
  return progress.reduce(
    (sum, s) => ({
      answered: sum.answered + s.answered,
      saved: sum.saved + s.saved,
      total: sum.total + s.total,
    }),
    { answered: 0, saved: 0, total: 0 },
  );
}
