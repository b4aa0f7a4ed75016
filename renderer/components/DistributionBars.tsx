import type { Scale } from '../../shared/instrument/types.ts';
import type { Distribution } from '../../shared/scoring/distribution.ts';

/** The spread of answers to one item as a small bar chart, with a text equivalent for screen readers. */
export function DistributionBars({
  distribution,
  scale,
}: {
  readonly distribution: Distribution;
  readonly scale: Scale;
}) {
  const columns = [...distribution.counts, distribution.unsure];
  const max = Math.max(1, ...columns);
  const labels = [...scale.labels.map((_, i) => String(scale.min + i)), '?'];
  const width = columns.length * 28;
  // Room above the tallest bar for its count, and below the baseline for the answer labels.
  const baseline = 56;
  const height = baseline + 18;
  const summary = [
    ...distribution.counts.map((c, i) => `${scale.labels[i]}: ${c}`),
    `Not sure: ${distribution.unsure}`,
  ].join(', ');
  return (
    <svg
      className="distribution"
      // In em, so the chart grows with the type in presentation mode.
      width={`${width / 16}em`}
      height={`${height / 16}em`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={summary}
    >
      <line x1={0} x2={width} y1={baseline + 0.5} y2={baseline + 0.5} className="bar-axis" />
      {columns.map((count, i) => {
        const h = (count / max) * 40;
        return (
          <g key={labels[i]} transform={`translate(${i * 28}, 0)`}>
            <rect
              x={4}
              y={baseline - h}
              width={20}
              height={h}
              rx={2}
              className={i === columns.length - 1 ? 'bar bar-unsure' : 'bar'}
            />
            <text x={14} y={baseline - h - 4} textAnchor="middle" className="bar-count">
              {count > 0 ? count : ''}
            </text>
            <text x={14} y={baseline + 14} textAnchor="middle" className="bar-label">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
