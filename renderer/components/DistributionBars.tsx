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
  const summary = [
    ...distribution.counts.map((c, i) => `${scale.labels[i]}: ${c}`),
    `Not sure: ${distribution.unsure}`,
  ].join(', ');
  return (
    <svg
      className="distribution"
      width={width}
      height={64}
      viewBox={`0 0 ${width} 64`}
      role="img"
      aria-label={summary}
    >
      {columns.map((count, i) => {
        const h = (count / max) * 40;
        return (
          <g key={labels[i]} transform={`translate(${i * 28}, 0)`}>
            <rect
              x={4}
              y={44 - h}
              width={20}
              height={h}
              rx={2}
              className={i === columns.length - 1 ? 'bar bar-unsure' : 'bar'}
            />
            <text x={14} y={40 - h} textAnchor="middle" className="bar-count">
              {count > 0 ? count : ''}
            </text>
            <text x={14} y={73} textAnchor="middle" className="bar-label">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
