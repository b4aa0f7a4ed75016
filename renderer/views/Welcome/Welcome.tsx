import { instrumentV1 } from '../../../shared/instrument/index.ts';

/** First screen until the audits home lands: what the audit covers. */
export function Welcome() {
  const instrument = instrumentV1;
  const statements = instrument.dimensions.reduce((sum, d) => sum + d.items.length, 0);
  return (
    <main className="welcome">
      <h1>Reality Check</h1>
      <p className="lede">
        The {instrument.name} ({instrument.version}): {instrument.dimensions.length} dimensions, {statements}{' '}
        statements, {instrument.signs.length} failure signs, a {instrument.commitment.length}-question
        commitment check and {instrument.targets.length} accountability targets.
      </p>
      <ol className="dimensions">
        {instrument.dimensions.map((d) => (
          <li key={d.id}>
            <h2>{d.name}</h2>
            <p>{d.summary}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
