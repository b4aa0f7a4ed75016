import type { ProjectorView } from '../../../shared/api/methods/room.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';

type Spotlight = NonNullable<ProjectorView['spotlight']>;

/** The figures under the chart, in the reveal's own words. */
function stats(item: Spotlight): string {
  const answers = item.distribution.reduce((sum, d) => sum + d.count, 0);
  return [
    `${answers} ${answers === 1 ? 'answer' : 'answers'}${item.notSure > 0 ? `, ${item.notSure} not sure` : ''}`,
    ...(item.mean === null ? [] : [`mean ${formatNumber(item.mean, 1)}`]),
    ...(item.spread === null || answers < 2 ? [] : [`spread (sd) ${formatNumber(item.spread, 2)}`]),
  ].join(' · ');
}

/**
 * After the reveal: one item, large, as the room hands it to the projector (the spread of
 * answers by count, the figures, the notes typed with them); no names.
 */
export function ProjectorSpotlight({ item }: { readonly item: Spotlight }) {
  const columns = [
    ...item.distribution.map((d) => ({
      key: String(d.value),
      value: String(d.value),
      label: d.label,
      count: d.count,
    })),
    { key: 'unsure', value: '?', label: 'Not sure', count: item.notSure },
  ];
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
        <section className="projector-spread" aria-label="Answers">
          <div
            className="spotlight-chart"
            role="img"
            aria-label={columns.map((c) => `${c.label}: ${c.count}`).join(', ')}
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
          <p className="projector-stats">{stats(item)}</p>
        </section>
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
