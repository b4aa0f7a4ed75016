import { useEffect, useRef } from 'react';
import type { PhoneItem } from '../logic/items.ts';
import { shownAnswer } from '../logic/seat-state.ts';
import { usePhoneStore } from '../store/phone-store.ts';
import { AnswerButtons } from './AnswerButtons.tsx';
import { ItemNav } from './ItemNav.tsx';
import { LastRound } from './LastRound.tsx';
import { NoteField } from './NoteField.tsx';
import { SectionProgress } from './SectionProgress.tsx';

/**
 * One item: where it stands in its section, the question, the answers as big buttons, a note,
 * and back/skip. A tap answers and moves on; focus goes to the next question's text, so a
 * screen reader reads it next.
 */
export function ItemScreen({ item }: { readonly item: PhoneItem }) {
  const seat = usePhoneStore((s) => s.seat);
  const answer = usePhoneStore((s) => s.answer);
  const shown = shownAnswer(seat, item.id, item.round);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new item starts at the top, its question in sight and read first.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <main className="phone-main item-screen" aria-labelledby="item-text">
      <SectionProgress item={item} />
      <article className="item">
        {item.title && <p className="item-title">{item.title}</p>}
        <h1 id="item-text" className="item-text" tabIndex={-1} ref={heading}>
          {item.text}
        </h1>
        <p className="item-prompt" id="item-prompt">
          {item.prompt}
        </p>
        <LastRound item={item} />
        <AnswerButtons item={item} shown={shown} onChoose={(value) => answer(item, value)} />
        <NoteField item={item} shown={shown} />
      </article>
      <ItemNav item={item} answered={shown !== undefined} />
    </main>
  );
}
