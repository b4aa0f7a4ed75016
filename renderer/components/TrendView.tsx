import { roundForDisplay } from '../../shared/scoring/numbers.ts';
import {
  changeText,
  planOutcomeText,
  signStateText,
  spanText,
  type Trend,
} from '../../shared/scoring/trend.ts';
import { LevelBadge } from './LevelBadge.tsx';

const pct = (value: number | null) => (value === null ? '–' : `${roundForDisplay(value)} %`);

/** One series over the audits as a small 0–100 line chart (SVG), oldest on the left; a hollow point is tentative. */
function Sparkline({
  label,
  points,
}: {
  readonly label: string;
  readonly points: readonly {
    readonly percent: number | null;
    readonly tentative: boolean;
    readonly date: string;
  }[];
}) {
  const width = 200;
  const height = 64;
  const pad = 6;
  const x = (i: number) =>
    points.length === 1 ? width / 2 : pad + (i / (points.length - 1)) * (width - 2 * pad);
  const y = (percent: number) => pad + (1 - Math.max(0, Math.min(100, percent)) / 100) * (height - 2 * pad);
  const drawn = points.flatMap((p, i) => (p.percent === null ? [] : [{ ...p, x: x(i), y: y(p.percent) }]));
  const description = `${label}: ${points.map((p) => `${p.date} ${pct(p.percent)}`).join(', ')}`;
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <rect className="sparkline-band" x="0" y="0" width={width} height={height} rx="3" />
      <line className="sparkline-mid" x1="0" x2={width} y1={y(50)} y2={y(50)} />
      {drawn.length > 1 && (
        <polyline className="sparkline-line" points={drawn.map((p) => `${p.x},${p.y}`).join(' ')} />
      )}
      {drawn.map((p) => (
        <circle
          key={`${p.date}-${p.x}`}
          className={p.tentative ? 'sparkline-dot tentative' : 'sparkline-dot'}
          cx={p.x}
          cy={p.y}
          r="3.5"
        />
      ))}
    </svg>
  );
}

/**
 * An organisation's progress (shared/scoring/trend.ts), as the report's "Progress since"
 * section shows it: each audit's level, index and change, each dimension over time, the
 * failure signs then and now, and last time's plan.
 */
export function TrendView({
  trend,
  headingLevel = 3,
}: {
  readonly trend: Trend;
  readonly headingLevel?: 2 | 3;
}) {
  const first = trend.audits[0];
  const latest = trend.audits.at(-1);
  if (!first || !latest) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="trend card" aria-labelledby="trend-title">
      <H id="trend-title">Progress since {first.date}</H>
      <p className="muted small trend-compatibility">{trend.compatibility}</p>
      <table className="trend-table">
        <caption className="visually-hidden">Each audit’s level and index, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Audit</th>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
            <th scope="col" className="number">
              Index
            </th>
            <th scope="col" className="number">
              Change (points)
            </th>
          </tr>
        </thead>
        <tbody>
          {trend.audits.map((a) => (
            <tr key={a.auditId} className={a === latest ? 'latest' : undefined} data-audit={a.auditId}>
              <th scope="row">{a.title}</th>
              <td>{a.date}</td>
              <td>
                <LevelBadge level={a.level} />
              </td>
              <td className="number trend-index">{pct(a.index)}</td>
              <td className="number trend-change">{changeText(a.indexChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Sub>Each dimension over time</Sub>
      <ul className="small-multiples">
        {trend.dimensions.map((d, i) => {
          const series = trend.audits.map((a) => ({
            percent: a.dimensions[i]?.percent ?? null,
            tentative: a.dimensions[i]?.insufficient ?? false,
            date: a.date,
          }));
          return (
            <li key={d.id} className="small-multiple" data-dimension={d.id}>
              <span className="small-multiple-name">{d.name}</span>
              <Sparkline label={d.name} points={series} />
              <span className="small-multiple-span muted small">
                {spanText(series[0]?.percent ?? null, series.at(-1)?.percent ?? null)}
              </span>
            </li>
          );
        })}
      </ul>

      {trend.signs.length > 0 && (
        <>
          <Sub>Failure signs then and now</Sub>
          <table className="trend-signs">
            <thead>
              <tr>
                <th scope="col">Failure sign</th>
                <th scope="col">{first.date}</th>
                <th scope="col">{latest.date}</th>
              </tr>
            </thead>
            <tbody>
              {trend.signs.map((s) => (
                <tr key={s.id} className={s.now?.severe ? 'severe' : undefined}>
                  <th scope="row">{s.name}</th>
                  <td>{signStateText(s.then)}</td>
                  <td>{signStateText(s.now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {trend.planOutcome && (
        <>
          <Sub>Last time’s plan</Sub>
          <p className="trend-plan">{planOutcomeText(trend.planOutcome)}</p>
        </>
      )}
    </section>
  );
}
