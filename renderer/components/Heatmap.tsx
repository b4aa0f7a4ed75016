import type { Participant, Response } from '../../shared/api/models.ts';
import type { Section } from '../../shared/instrument/sections.ts';

type Props = {
  readonly sections: readonly Section[];
  readonly participants: readonly Participant[];
  readonly responses: readonly Response[];
  readonly anonymous: boolean;
};

/** Every statement by every participant as a table of coloured cells that also carry the number. */
export function Heatmap({ sections, participants, responses, anonymous }: Props) {
  const value = new Map(responses.map((r) => [`${r.participant}\u0000${r.item}`, r.value]));
  const statementSections = sections.filter((s) => s.kind === 'statement');
  return (
    <div
      className="heatmap-scroll"
      tabIndex={0}
      role="region"
      aria-label="Heat map of statements by participant"
    >
      <table className="heatmap">
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {participants.map((p) => (
              <th scope="col" key={p.id} title={anonymous ? undefined : p.name}>
                {anonymous ? p.code : p.name}
              </th>
            ))}
          </tr>
        </thead>
        {statementSections.map((section) => (
          <tbody key={section.id}>
            <tr>
              <th scope="rowgroup" colSpan={participants.length + 1} className="heatmap-section">
                {section.title}
              </th>
            </tr>
            {section.items.map((item, i) => (
              <tr key={item.id}>
                <th scope="row" title={item.text} className="heatmap-item">
                  {i + 1}. {item.text}
                </th>
                {participants.map((p) => {
                  const v = value.get(`${p.id}\u0000${item.id}`);
                  return (
                    <td
                      key={p.id}
                      className={v === undefined ? 'cell-empty' : v === null ? 'cell-unsure' : `cell-${v}`}
                    >
                      {v === undefined ? '' : v === null ? '?' : v}
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
