import type { Scale } from '../../../shared/instrument/types.ts';
import type { Distribution } from '../../../shared/scoring/distribution.ts';

type Props = {
  readonly distribution: Distribution;
  readonly scale: Scale;
  /** The value the team agreed on, marked under its bar; null when there is none. */
  readonly consensus: number | null;
};

/**
 * The spread of answers as large as a projector needs: a bar per answer with its count, its
 * number and its words, and Not sure apart. One text equivalent for screen readers.
 */
export function SpotlightChart({ distribution, scale, consensus }: Props) {
  const columns = [
    ...distribution.counts.map((count, i) => ({
      key: String(scale.min + i),
      value: String(scale.min + i),
      label: scale.labels[i] ?? '',
      count,
      agreed: consensus === scale.min + i,
    })),
    { key: 'unsure', value: '?', label: 'Not sure', count: distribution.unsure, agreed: false },
  ];
  const max = Math.max(1, ...columns.map((c) => c.count));
  const summary = [
    ...columns.map((c) => `${c.label}: ${c.count}`),
    ...(consensus === null ? [] : [`consensus ${scale.labels[consensus - scale.min] ?? consensus}`]),
  ].join(', ');
  return (
    <div className="spotlight-chart" role="img" aria-label={summary}>
      {columns.map((c) => (
        <div
          key={c.key}
          className={[
            'spotlight-column',
            c.key === 'unsure' ? 'unsure' : '',
            c.agreed ? 'agreed' : '',
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
          {c.agreed && <span className="spotlight-agreed">Consensus</span>}
        </div>
      ))}
    </div>
  );
}
