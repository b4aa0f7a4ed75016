import type { Section } from '../../../shared/instrument/sections.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';
import type { VisibleGroupResult } from '../../../shared/scoring/results.ts';

type Props = { readonly sections: readonly Section[]; readonly groups: readonly VisibleGroupResult[] };

/** Statements × groups: each shown group's mean of each statement, coloured by the nearest answer, with the number. */
export function GroupHeatmap({ sections, groups }: Props) {
  const statementSections = sections.filter((s) => s.kind === 'statement');
  const meanOf = (group: VisibleGroupResult, itemId: string) =>
    group.statements.find((s) => s.id === itemId)?.mean ?? null;
  return (
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label="Heat map of statements by group">
      <table className="heatmap">
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {groups.map((g) => (
              <th scope="col" key={g.id}>
                {g.name}
              </th>
            ))}
          </tr>
        </thead>
        {statementSections.map((section) => (
          <tbody key={section.id}>
            <tr>
              <th scope="rowgroup" colSpan={groups.length + 1} className="heatmap-section">
                {section.title}
              </th>
            </tr>
            {section.items.map((item, i) => (
              <tr key={item.id}>
                <th scope="row" title={item.text} className="heatmap-item">
                  {i + 1}. {item.text}
                </th>
                {groups.map((g) => {
                  const mean = meanOf(g, item.id);
                  return (
                    <td key={g.id} className={mean === null ? 'cell-empty' : `cell-${Math.round(mean)}`}>
                      {mean === null ? '' : formatNumber(mean, 1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
