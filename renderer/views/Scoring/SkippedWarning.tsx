import { useEffect, useRef } from 'react';
import type { Response } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';

/** The items one participant has not answered: how many, per section, and where the first one is. */
export type Skipped = {
  readonly count: number;
  readonly bySection: readonly { readonly title: string; readonly count: number }[];
  readonly first: { readonly section: number; readonly item: number };
};

/** Counts a participant's unanswered items ("Not sure" is an answer), in the order they score. */
export function skippedItems(
  sections: readonly Section[],
  responses: readonly Response[],
  participantId: string,
): Skipped {
  const answered = new Set(responses.filter((r) => r.participant === participantId).map((r) => r.item));
  let first: Skipped['first'] | null = null;
  const bySection: { title: string; count: number }[] = [];
  sections.forEach((section, s) => {
    let count = 0;
    section.items.forEach((item, i) => {
      if (answered.has(item.id)) return;
      count++;
      first ??= { section: s, item: i };
    });
    if (count > 0) bySection.push({ title: section.title, count });
  });
  return {
    count: bySection.reduce((sum, s) => sum + s.count, 0),
    bySection,
    first: first ?? { section: 0, item: 0 },
  };
}

type Props = {
  readonly skipped: Skipped;
  readonly total: number;
  readonly onBack: () => void;
  readonly onFinish: () => void;
};

/**
 * Asks before a person hands over with items left unanswered: names how many and where, and
 * takes them back to the first one. Going back is the default (Enter).
 */
export function SkippedWarning({ skipped, total, onBack, onFinish }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div
      className="skipped-warning card"
      role="alertdialog"
      aria-labelledby="skipped-title"
      aria-describedby="skipped-where"
    >
      <h3 id="skipped-title">
        You have not answered {skipped.count} of {total} items
      </h3>
      <p id="skipped-where">
        {skipped.bySection.map((s) => `${s.title}: ${s.count}`).join(' · ')}. If you do not know, “Not sure”
        (N) is an answer too.
      </p>
      <div className="form-actions">
        <button ref={back} type="button" className="primary" onClick={onBack}>
          Go back to the first skipped item
        </button>
        <button type="button" onClick={onFinish}>
          Finish anyway
        </button>
      </div>
    </div>
  );
}
