import { roundForDisplay } from '../../shared/scoring/numbers.ts';

export type RadarSeries = {
  readonly label: string;
  /** Percent per axis, null where the dimension has no score. */
  readonly values: readonly (number | null)[];
  readonly className: string;
};

type Props = {
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  readonly size?: number;
};

/** An axis name in lines of at most `max` characters (longer words keep their own line). */
function wrap(text: string, max = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function point(angle: number, radius: number, center: number): [number, number] {
  return [center + radius * Math.sin(angle), center - radius * Math.cos(angle)];
}

/** The dimensions as a radar of percents (0 at the centre, 100 at the rim), with labelled axes and rings. */
export function RadarChart({ axes, series, size = 440 }: Props) {
  const center = size / 2;
  const radius = size / 2 - 70;
  // Room beside the chart for the axis labels, which are set in rem and grow in presentation mode.
  const padX = 60;
  const padY = 10;
  const angle = (i: number) => (2 * Math.PI * i) / axes.length;
  const rings = [20, 40, 60, 80, 100];
  const description = series
    .map(
      (s) =>
        `${s.label}: ${axes.map((a, i) => `${a} ${s.values[i] === null ? 'no score' : `${roundForDisplay(s.values[i] ?? 0)} %`}`).join(', ')}`,
    )
    .join('. ');
  return (
    <svg
      className="radar"
      viewBox={`${-padX} ${padY} ${size + 2 * padX} ${size - 2 * padY}`}
      width="100%"
      style={{ maxWidth: size + 2 * padX }}
      role="img"
      aria-label={`Radar of the dimensions. ${description}`}
    >
      {rings.map((r) => (
        <polygon
          key={r}
          className="radar-ring"
          points={axes.map((_, i) => point(angle(i), (radius * r) / 100, center).join(',')).join(' ')}
        />
      ))}
      {rings.map((r) => (
        <text key={`l${r}`} x={center + 3} y={center - (radius * r) / 100 + 4} className="radar-ring-label">
          {r}
        </text>
      ))}
      {axes.map((axis, i) => {
        const [x, y] = point(angle(i), radius, center);
        const [lx, ly] = point(angle(i), radius + 16, center);
        const anchor = Math.abs(lx - center) < 5 ? 'middle' : lx > center ? 'start' : 'end';
        const lines = wrap(axis);
        // Labels above the chart grow upwards and labels below it downwards, clear of the rim.
        const lift = Math.cos(angle(i)) > 0.3 ? 1 : Math.cos(angle(i)) < -0.3 ? 0 : 0.5;
        return (
          <g key={axis}>
            <line x1={center} y1={center} x2={x} y2={y} className="radar-axis" />
            <text x={lx} y={ly} textAnchor={anchor} className="radar-label" dominantBaseline="middle">
              {lines.map((line, k) => (
                <tspan key={line} x={lx} dy={k === 0 ? `${-(lines.length - 1) * 1.1 * lift}em` : '1.1em'}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {series.map((s) => (
        <g key={s.label} className={s.className}>
          <polygon
            className="radar-area"
            points={s.values
              .map((v, i) => point(angle(i), (radius * (v ?? 0)) / 100, center).join(','))
              .join(' ')}
          />
          {s.values.map((v, i) =>
            v === null ? null : (
              <circle
                key={axes[i]}
                cx={point(angle(i), (radius * v) / 100, center)[0]}
                cy={point(angle(i), (radius * v) / 100, center)[1]}
                r={4}
                className="radar-dot"
              />
            ),
          )}
        </g>
      ))}
    </svg>
  );
}
