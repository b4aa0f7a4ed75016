import type { Section } from '../../../shared/instrument/sections.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { RoundFigures } from '../Rounds/RoundFigures.tsx';

/** The statements re-scored in re-vote rounds, each with its figures by round and whether the team converged. */
export function RoundsSummary({
  results,
  sections,
}: {
  readonly results: AuditResults;
  readonly sections: readonly Section[];
}) {
  const revoted = results.items.filter((i) => i.rounds);
  if (revoted.length === 0) return null;
  const text = (id: string) => sections.flatMap((s) => s.items).find((i) => i.id === id)?.text ?? id;
  const converged = revoted.filter((i) => i.converged).length;
  return (
    <section className="card" aria-labelledby="rounds-title">
      <h3 id="rounds-title">Re-vote rounds</h3>
      <p className="muted">
        {revoted.length} {revoted.length === 1 ? 'statement' : 'statements'} scored again; {converged}{' '}
        converged. The results above use each statement&rsquo;s last round.
      </p>
      <ul className="rounds-summary">
        {revoted.map((item) => (
          <li key={item.id}>
            <p>{text(item.id)}</p>
            <RoundFigures stats={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
