import type { Section } from '../../shared/instrument/sections.ts';

/** A column of the heat map: a participant, a role group. */
export type HeatmapColumn = {
  readonly id: string;
  readonly label: string;
  /** A longer name shown on hover (a participant's full name). */
  readonly title?: string;
};

type Props = {
  readonly sections: readonly Section[];
  readonly columns: readonly HeatmapColumn[];
  /** The column's figure for a statement: a value (coloured by the nearest answer), null for "Not sure", undefined for none. */
  readonly value: (columnId: string, itemId: string) => number | null | undefined;
  /** How a figure is written in its cell (a participant's answer as is, a group's mean to one decimal). */
  readonly format?: (value: number) => string;
  /** The region's name for screen readers: "Heat map of statements by participant". */
  readonly label: string;
};

/** Every statement by column (participants, or role groups) as a table of coloured cells that also carry the number. */
export function Heatmap({ sections, columns, value, format = String, label }: Props) {
  const statementSections = sections.filter((s) => s.kind === 'statement');
  return (
    <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="heatmap">
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} title={c.title}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {statementSections.map((section) => (
          <tbody key={section.id}>
            <tr>
              <th scope="rowgroup" colSpan={columns.length + 1} className="heatmap-section">
                {section.title}
              </th>
            </tr>
            {section.items.map((item, i) => (
              <tr key={item.id}>
                <th scope="row" title={item.text} className="heatmap-item">
                  {i + 1}. {item.text}
                </th>
                {columns.map((c) => {
                  const v = value(c.id, item.id);
                  return (
                    <td
                      key={c.id}
                      className={
                        v === undefined ? 'cell-empty' : v === null ? 'cell-unsure' : `cell-${Math.round(v)}`
                      }
                    >
                      {v === undefined ? '' : v === null ? '?' : format(v)}
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
