import { useEffect, useRef } from 'react';
import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { PhoneItem } from '../logic/items.ts';
import { overallProgress, sectionProgress } from '../logic/progress.ts';
import { shownAnswer } from '../logic/seat-state.ts';
import { usePhoneStore } from '../store/phone-store.ts';
import { stateIn } from './item-states.ts';
import { SavedMark } from './SavedMark.tsx';

/**
 * Every question with its answer and tick, per section: the done screen when all are answered
 * ("you can still change an answer"), and the way to jump to any question before that.
 */
export function Overview() {
  const seat = usePhoneStore((s) => s.seat);
  const sections = usePhoneStore((s) => s.items.sections);
  const goTo = usePhoneStore((s) => s.goTo);
  const round = usePhoneStore((s) => s.snapshot?.round?.number ?? null);
  const until = round === null ? 'until the reveal' : `until round ${round} closes`;
  const progress = sectionProgress(sections, stateIn(seat));
  const all = overallProgress(progress);
  const done = all.total > 0 && all.answered === all.total;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);

  const answerWords = (item: PhoneItem) => {
    const shown = shownAnswer(seat, item.id, item.round);
    if (!shown) return { words: 'Not answered', shown };
    const words =
      shown.value === null
        ? NOT_SURE_LABEL
        : (item.scale.labels[shown.value - item.scale.min] ?? String(shown.value));
    return { words, shown };
  };

  return (
    <main className="phone-main overview" aria-labelledby="overview-title">
      {done ? (
        <>
          <h1 id="overview-title" className="done-title" tabIndex={-1} ref={title}>
            All answered
          </h1>
          <p className="lead">
            {all.saved === all.total
              ? `Thank you. Every answer is saved on the facilitator’s laptop. You can still change an answer ${until}.`
              : `Thank you. Some answers are still on their way to the laptop. You can still change an answer ${until}.`}
          </p>
        </>
      ) : (
        <>
          <h1 id="overview-title" tabIndex={-1} ref={title}>
            All questions
          </h1>
          <p className="lead">
            {all.answered} of {all.total} answered. Tap a question to answer it or change your answer.
          </p>
        </>
      )}
      {sections.map((section, index) => (
        <section key={section.key} className="overview-section" aria-labelledby={`section-${index}`}>
          <h2 id={`section-${index}`}>
            {section.title}
            {section.round > 1 ? ` · round ${section.round}` : ''}{' '}
            <span className="muted small">
              {progress[index]?.answered} of {section.items.length}
            </span>
          </h2>
          <ol className="overview-items">
            {section.items.map((item) => {
              const { words, shown } = answerWords(item);
              return (
                <li key={item.key}>
                  <button
                    type="button"
                    className="overview-item"
                    data-item={item.id}
                    data-state={stateIn(seat)(item)}
                    onClick={() => goTo(item.key)}
                  >
                    <span className="overview-text">
                      {item.title ? `${item.title}: ` : ''}
                      {item.text}
                    </span>
                    <span className="overview-answer">
                      <span className={shown ? 'answer-words' : 'answer-words muted'}>{words}</span>
                      {shown && <SavedMark saved={shown.saved} />}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </main>
  );
}
