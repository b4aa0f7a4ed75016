import { formatNumber } from '../../../shared/scoring/numbers.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';

const percent = (share: number | null) => (share === null ? '–' : `${formatNumber(share * 100, 0)}%`);
const figure = (value: number | null, digits: number) => (value === null ? '–' : formatNumber(value, digits));

/**
 * An item's figures round by round and whether the team converged, as audits.results gives
 * them (docs/spec/scoring.md, "Re-vote rounds"). Nothing when the item was answered in one round.
 */
export function RoundFigures({
  stats,
  besideChart = false,
}: {
  readonly stats: ItemResult;
  /** In the reveal, beside the chart of the blind answers: says which round is which. */
  readonly besideChart?: boolean;
}) {
  if (!stats.rounds) return null;
  return (
    <div className="round-figures">
      <table className="small">
        <caption className="visually-hidden">Figures of each round</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Answers</th>
            <th scope="col">Mean</th>
            <th scope="col">Spread (sd)</th>
            <th scope="col">Within 1 of the median</th>
            <th scope="col">Split</th>
          </tr>
        </thead>
        <tbody>
          {stats.rounds.map((r) => (
            <tr key={r.round}>
              <th scope="row">{r.round}</th>
              <td>
                {r.n}
                {r.unsure > 0 && ` (+${r.unsure} not sure)`}
              </td>
              <td>{figure(r.mean, 1)}</td>
              <td>{figure(r.sd, 2)}</td>
              <td>{percent(r.agreement)}</td>
              <td>{r.misaligned ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        {stats.converged ? (
          <span className="badge badge-converged">Converged</span>
        ) : stats.misaligned ? (
          <span className="badge badge-split">Still split</span>
        ) : null}{' '}
        {stats.sdChange !== null && stats.sdChange !== undefined && (
          <span className="muted">
            Spread {stats.sdChange <= 0 ? 'narrowed' : 'widened'} by{' '}
            {formatNumber(Math.abs(stats.sdChange), 2)} since round 1.
          </span>
        )}
        {besideChart && (
          <span className="muted">
            {' '}
            The figures above are the last round&rsquo;s; the chart shows the blind answers.
          </span>
        )}
      </p>
    </div>
  );
}
