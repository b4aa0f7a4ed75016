import type { PhoneItem } from '../logic/items.ts';
import { usePhoneStore } from '../store/phone-store.ts';

/** Back, the list of all questions, and skip (next, once answered): at the bottom, where the thumb is. */
export function ItemNav({ item, answered }: { readonly item: PhoneItem; readonly answered: boolean }) {
  const step = usePhoneStore((s) => s.step);
  const goTo = usePhoneStore((s) => s.goTo);
  const first = usePhoneStore((s) => s.items.items[0]?.key === item.key);
  return (
    <nav className="item-nav" aria-label="Questions">
      <button type="button" onClick={() => step(-1)} disabled={first}>
        ← Back
      </button>
      <button type="button" onClick={() => goTo('done')}>
        All questions
      </button>
      <button type="button" onClick={() => step(1)}>
        {answered ? 'Next →' : 'Skip →'}
      </button>
    </nav>
  );
}
