import { medianText, oneDecimal, shareText, twoDecimals } from '../../../shared/scoring/display.ts';
import type { ItemResult } from '../../../shared/scoring/results.ts';

/** How the spread moved since round 1, as its two-decimal figures show it. */
function spreadMove(sdChange: number): string {
  const shown = Number(twoDecimals(sdChange));
  return shown < 0 ? 'narrowed' : shown > 0 ? 'widened' : 'unchanged';
}

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
  const first = stats.rounds.find((r) => r.round === 1);
  const last = stats.rounds.at(-1);
  return (
    <div className="round-figures">
      <table className="small">
        <caption className="visually-hidden">Figures of each round</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Answers</th>
            <th scope="col">Not sure</th>
            <th scope="col">Mean</th>
            <th scope="col">Spread (sd)</th>
            <th scope="col">Median</th>
            <th scope="col">Within 1 of the median</th>
            <th scope="col">Split</th>
          </tr>
        </thead>
        <tbody>
          {stats.rounds.map((r) => (
            <tr key={r.round}>
              <th scope="row">{r.round}</th>
              <td>{r.n}</td>
              <td>{r.unsure}</td>
              <td>{oneDecimal(r.mean)}</td>
              <td>{twoDecimals(r.sd)}</td>
              <td>{medianText(r.median)}</td>
              <td>{shareText(r.agreement)}</td>
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
        {first && last && stats.sdChange !== null && stats.sdChange !== undefined && (
          <span className="muted">
            Spread (sd) {spreadMove(stats.sdChange)}: {twoDecimals(first.sd)} in round 1,{' '}
            {twoDecimals(last.sd)} in round {last.round}.
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
