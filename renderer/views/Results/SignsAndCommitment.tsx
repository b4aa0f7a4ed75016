import type { Instrument } from '../../../shared/instrument/types.ts';
import { formatNumber, roundForDisplay } from '../../../shared/scoring/numbers.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';

/** Failure signs, the commitment check and the accountability targets, as computed by shared/ scoring. */
export function SignsAndCommitment({
  instrument,
  results,
}: {
  readonly instrument: Instrument;
  readonly results: AuditResults;
}) {
  const signName = new Map(instrument.signs.map((s) => [s.id, s.name]));
  const commitmentText = new Map(instrument.commitment.map((c) => [c.id, c.text]));
  const targetName = new Map(instrument.targets.map((t) => [t.id, t.name]));
  return (
    <div className="three-columns">
      <section className="card" aria-labelledby="signs-title">
        <h3 id="signs-title">Failure signs</h3>
        <ul className="sign-list">
          {results.signs.map((s) => (
            <li key={s.id} className={s.severe ? 'severe' : s.present ? 'present' : undefined}>
              <span>{signName.get(s.id)}</span>
              <span className="sign-state">
                {s.severity === null ? 'not rated' : `${formatNumber(s.severity, 1)} of 3`}
                {s.severe ? ' · severe' : s.present ? ' · present' : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="commitment-title">
        <h3 id="commitment-title">Commitment check</h3>
        <p className="big">
          {results.commitment.percent === null
            ? 'Not answered'
            : `${roundForDisplay(results.commitment.percent)} %`}
        </p>
        {results.commitment.no.length > 0 && (
          <>
            <p>No on balance:</p>
            <ul>
              {results.commitment.no.map((id) => (
                <li key={id}>{commitmentText.get(id)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="targets-title">
        <h3 id="targets-title">Accountability targets</h3>
        <ul className="target-list">
          {results.targets.map((t) => (
            <li key={t.id} className={t.state === 'in place' ? 'in-place' : (t.state ?? 'unanswered')}>
              <span>{targetName.get(t.id)}</span>
              <span className="target-state">{t.state ?? 'not rated'}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
