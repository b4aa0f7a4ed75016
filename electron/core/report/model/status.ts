import { roundForDisplay } from '../../../../shared/scoring/numbers.ts';
import type { AuditResults } from '../../../../shared/scoring/results.ts';
import type { People } from './people.ts';

/** "P3, P5 and 2 others": the first few participants of a list, by label (code when anonymous), and how many more. */
export function namesList(people: People, ids: readonly string[], max = 8): string {
  const labels = ids.map((id) => people.byId.get(id)?.label ?? id);
  if (labels.length <= max) return joinWords(labels);
  const rest = labels.length - max;
  return `${labels.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * Why the level is provisional, in one sentence with the share of answers in and who has
 * not answered every item (docs/spec/scoring.md, "Completeness"); null when the level is final.
 */
export function provisionalText(results: AuditResults, people: People, max = 8): string | null {
  if (!results.provisional) return null;
  const share = `${roundForDisplay(results.completeness * 100)} % of the possible answers are in`;
  const who =
    results.incomplete.length > 0
      ? `; not every item is answered by ${namesList(people, results.incomplete, max)}`
      : '';
  return `Provisional: ${share}${who}. The level is final once 90 % are in and everyone has answered at least half.`;
}
