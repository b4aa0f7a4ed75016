import type { PhoneItem } from '../logic/items.ts';
import { overallProgress, sectionProgress } from '../logic/progress.ts';
import { usePhoneStore } from '../store/phone-store.ts';
import { stateIn } from './item-states.ts';

/**
 * Where the item stands: its section, its place in it, and one mark per item of the section
 * (empty, waiting, or ticked once saved), then the count over everything.
 */
export function SectionProgress({ item }: { readonly item: PhoneItem }) {
  const seat = usePhoneStore((s) => s.seat);
  const sections = usePhoneStore((s) => s.items.sections);
  const section = sections.find((s) => s.key === item.sectionKey);
  if (!section) return null;
  const stateOf = stateIn(seat);
  const progress = sectionProgress(sections, stateOf);
  const here = progress.find((p) => p.key === section.key);
  const all = overallProgress(progress);
  const place = section.items.findIndex((i) => i.key === item.key) + 1;
  return (
    <div className="section-progress">
      <p className="section-line">
        <span className="section-title">
          {section.title}
          {section.round > 1 ? ` · round ${section.round}` : ''}
        </span>
        <span className="section-place">
          {place} of {section.items.length}
        </span>
      </p>
      <ol
        className="marks"
        aria-label={`${here?.answered ?? 0} of ${section.items.length} answered in this section`}
      >
        {section.items.map((i) => (
          <li
            key={i.key}
            className={i.key === item.key ? 'here' : undefined}
            data-state={stateOf(i)}
            aria-hidden="true"
          />
        ))}
      </ol>
      <p className="overall muted">
        {all.answered} of {all.total} answered
      </p>
    </div>
  );
}
