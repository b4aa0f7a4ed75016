import { percentText, pointsText } from '../../../shared/scoring/display.ts';
import type { AuditResults, VisibleGroupResult } from '../../../shared/scoring/results.ts';

type Props = { readonly results: AuditResults; readonly groups: readonly VisibleGroupResult[] };

const WIDTH = 240;
const HEIGHT = 22;
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** A group's marker: a shape as well as a colour, so the plot reads without colour too. */
function Marker({ index, x }: { readonly index: number; readonly x: number }) {
  const y = HEIGHT / 2;
  const shape = SHAPES[index % SHAPES.length];
  const className = `group-marker group-${index % 6}`;
  if (shape === 'square') return <rect className={className} x={x - 5} y={y - 5} width={10} height={10} />;
  if (shape === 'diamond')
    return (
      <polygon className={className} points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} />
    );
  if (shape === 'triangle')
    return <polygon className={className} points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} />;
  return <circle className={className} cx={x} cy={y} r={5.5} />;
}

/**
 * Per dimension, each shown group's percent as a marker on one 0–100 line (a dot plot), with
 * the figures in the table's cells for reading and for screen readers.
 */
export function GroupDotPlot({ results, groups }: Props) {
  const x = (percent: number) => 8 + (percent / 100) * (WIDTH - 16);
  return (
    <>
      <p className="legend">
        {groups.map((g, i) => (
          <span key={g.id} className="legend-entry">
            <svg width="14" height={HEIGHT} aria-hidden="true" viewBox={`0 0 14 ${HEIGHT}`}>
              <g transform="translate(-1, 0)">
                <Marker index={i} x={8} />
              </g>
            </svg>{' '}
            {g.name} ({g.size})
          </span>
        ))}
      </p>
      <table className="group-dimensions">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <td aria-hidden="true" />
            {groups.map((g) => (
              <th scope="col" key={g.id}>
                {g.name}
              </th>
            ))}
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {results.dimensions.map((d) => {
            const gap = results.perceptionGaps.find((p) => p.dimension === d.id);
            return (
              <tr key={d.id} className={gap?.flagged ? 'gap-flagged' : undefined}>
                <th scope="row">{d.name}</th>
                <td aria-hidden="true">
                  <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="dot-track">
                    <line x1={8} x2={WIDTH - 8} y1={HEIGHT / 2} y2={HEIGHT / 2} className="dot-axis" />
                    {gap && (
                      <line
                        x1={x(gap.lowPercent)}
                        x2={x(gap.highPercent)}
                        y1={HEIGHT / 2}
                        y2={HEIGHT / 2}
                        className={gap.flagged ? 'dot-gap flagged' : 'dot-gap'}
                      />
                    )}
                    {groups.map((g, i) => {
                      const figures = g.dimensions.find((gd) => gd.id === d.id);
                      if (!figures || figures.percent === null || figures.insufficient) return null;
                      return <Marker key={g.id} index={i} x={x(figures.percent)} />;
                    })}
                  </svg>
                </td>
                {groups.map((g) => {
                  const figures = g.dimensions.find((gd) => gd.id === d.id);
                  return (
                    <td key={g.id}>
                      {!figures || figures.percent === null || figures.insufficient
                        ? 'too few answers'
                        : percentText(figures.percent)}
                    </td>
                  );
                })}
                <td className="dot-gap-figure">
                  {gap ? (
                    <>
                      {pointsText(gap.gap)}
                      {gap.flagged && <span className="badge badge-gap">Perception gap</span>}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
