import { NOT_SURE_LABEL } from '../../../shared/instrument/scales.ts';
import type { PhoneItem } from '../logic/items.ts';
import { usePhoneStore } from '../store/phone-store.ts';

/**
 * In a re-vote round (docs/spec/scoring.md, "Re-vote rounds"): the person's own answer from the
 * round before, the one thing of the earlier round a phone may see before the reveal.
 */
export function EarlierAnswer({ item }: { readonly item: PhoneItem }) {
  const answers = usePhoneStore((s) => s.snapshot?.answers);
  if (item.round <= 1 || !answers) return null;
  const earlier = answers
    .filter((a) => a.item === item.id && a.round < item.round)
    .sort((a, b) => b.round - a.round)[0];
  const words =
    earlier === undefined
      ? 'You did not answer it then.'
      : `You answered: ${earlier.value === null ? NOT_SURE_LABEL : (item.scale.labels[earlier.value - item.scale.min] ?? earlier.value)}.`;
  return (
    <p className="earlier">
      <strong>Round {item.round}.</strong> {words}
    </p>
  );
}
