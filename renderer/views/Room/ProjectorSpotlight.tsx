import type { ProjectorView } from '../../../shared/api/methods/room.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';

type Spotlight = NonNullable<ProjectorView['spotlight']>;

/** The figures under the chart, in the reveal's own words. */
function stats(item: Pick<Spotlight, 'distribution' | 'notSure' | 'mean' | 'spread'>): string {
  const answers = item.distribution.reduce((sum, d) => sum + d.count, 0);
  return [
    `${answers} ${answers === 1 ? 'answer' : 'answers'}${item.notSure > 0 ? `, ${item.notSure} not sure` : ''}`,
    ...(item.mean === null ? [] : [`mean ${formatNumber(item.mean, 1)}`]),
    ...(item.spread === null || answers < 2 ? [] : [`spread (sd) ${formatNumber(item.spread, 2)}`]),
  ].join(' · ');
}

type Column = {
  readonly key: string;
  readonly value: string;
  readonly label: string;
  readonly count: number;
};

/** The columns of one round's answers: a bar per scale value, then Not sure. */
function columnsOf(item: Spotlight, counts: readonly number[], notSure: number): Column[] {
  return [
    ...item.distribution.map((d, i) => ({
      key: String(d.value),
      value: String(d.value),
      label: d.label,
      count: counts[i] ?? 0,
    })),
    { key: 'unsure', value: '?', label: 'Not sure', count: notSure },
  ];
}

/** One round's answers as bars by count, scaled to `max` so that rounds side by side compare. */
function Chart({
  columns,
  max,
  label,
}: {
  readonly columns: readonly Column[];
  readonly max: number;
  readonly label: string;
}) {
  return (
    <div
      className="spotlight-chart"
      role="img"
      aria-label={`${label}${columns.map((c) => `${c.label}: ${c.count}`).join(', ')}`}
    >
      {columns.map((c) => (
        <div
          key={c.key}
          className={[
            'spotlight-column',
            c.key === 'unsure' ? 'unsure' : '',
            c.count === 0 ? 'no-answers' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <span className="spotlight-count">{c.count}</span>
          <span className="spotlight-track">
            <span className="spotlight-bar" style={{ height: `${(c.count / max) * 100}%` }} />
          </span>
          <span className="spotlight-value">{c.value}</span>
          <span className="spotlight-label">{c.label}</span>
        </div>
      ))}
    </div>
  );
}

/** A re-voted item: each round's answers side by side, with its figures, and whether the team converged. */
function Rounds({ item }: { readonly item: Spotlight }) {
  const charts = item.rounds.map((r) => ({ round: r, columns: columnsOf(item, r.counts, r.notSure) }));
  const max = Math.max(1, ...charts.flatMap((c) => c.columns.map((col) => col.count)));
  return (
    <section className="projector-spread projector-rounds" aria-label="Answers, round by round">
      <div
        className="projector-round-charts"
        style={{ gridTemplateColumns: `repeat(${charts.length}, minmax(0, 1fr))` }}
      >
        {charts.map(({ round, columns }) => (
          <figure key={round.round} className="projector-round">
            <figcaption className="projector-round-title">
              {round.round === 1 ? 'Round 1 (blind)' : `Round ${round.round}`}
              {round.misaligned && <span className="badge badge-split">Split</span>}
            </figcaption>
            <Chart columns={columns} max={max} label={`Round ${round.round}: `} />
            <p className="projector-stats">
              {stats({
                ...item,
                distribution: item.distribution.map((d, i) => ({ ...d, count: round.counts[i] ?? 0 })),
                notSure: round.notSure,
                mean: round.mean,
                spread: round.spread,
              })}
            </p>
          </figure>
        ))}
      </div>
      {item.converged !== null && (
        <p className="projector-converged">
          {item.converged ? (
            <span className="badge badge-converged">The team converged</span>
          ) : item.misaligned ? (
            <span className="badge badge-split">Still split</span>
          ) : (
            <span className="muted">Re-voted</span>
          )}
        </p>
      )}
    </section>
  );
}

/**
 * After the reveal: one item, large, as the room hands it to the projector (the spread of
 * answers by count, the figures, the notes typed with them); no names. A re-voted item shows
 * each round side by side.
 */
export function ProjectorSpotlight({ item }: { readonly item: Spotlight }) {
  const columns = columnsOf(
    item,
    item.distribution.map((d) => d.count),
    item.notSure,
  );
  const max = Math.max(1, ...columns.map((c) => c.count));
  return (
    <article className="projector-spotlight" aria-labelledby="projector-item">
      <header className="projector-spotlight-top">
        <p className="projector-section">
          <span>{item.section}</span>
          {item.misaligned && <span className="badge badge-split">Team is split</span>}
        </p>
        <p className="projector-position">
          {item.index} of {item.count}
        </p>
      </header>
      <h1 id="projector-item" className="projector-statement">
        {item.text}
      </h1>
      <div className={item.notes.length > 0 ? 'projector-body with-notes' : 'projector-body'}>
        {item.rounds.length > 0 ? (
          <Rounds item={item} />
        ) : (
          <section className="projector-spread" aria-label="Answers">
            <Chart columns={columns} max={max} label="" />
            <p className="projector-stats">{stats(item)}</p>
          </section>
        )}
        {item.notes.length > 0 && (
          <section className="projector-notes" aria-label="Notes">
            <p className="projector-notes-title">
              {item.notes.length === 1 ? 'Note from scoring' : `Notes from scoring (${item.notes.length})`}
            </p>
            <ul>
              {item.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
