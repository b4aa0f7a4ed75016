import type { AuditDetail } from '../../../shared/api/models.ts';
import type { Section } from '../../../shared/instrument/sections.ts';
import { oneDecimal, percentText, pointsText } from '../../../shared/scoring/display.ts';
import type { AuditResults, VisibleGroupResult } from '../../../shared/scoring/results.ts';
import { Heatmap } from '../../components/Heatmap.tsx';
import { GroupDotPlot } from './GroupDotPlot.tsx';

type Props = {
  readonly detail: AuditDetail;
  readonly results: AuditResults;
  readonly sections: readonly Section[];
};

/**
 * The perception gap (docs/spec/scoring.md, "Role groups and the perception gap"): each shown
 * group's figures side by side, the gaps of 25 points or more and the statements split by
 * role, all from audits.results. A group too small to show appears with its size and why.
 */
export function PerceptionGap({ detail, results, sections }: Props) {
  if (detail.groups.length === 0) return null;
  const visible = results.groups.filter((g): g is VisibleGroupResult => !g.suppressed);
  const suppressed = results.groups.filter((g) => g.suppressed);
  const nameOf = (groupId: string) => results.groups.find((g) => g.id === groupId)?.name ?? groupId;
  const dimensionName = (id: string) => results.dimensions.find((d) => d.id === id)?.name ?? id;
  const statementText = (id: string) => sections.flatMap((s) => s.items).find((i) => i.id === id)?.text ?? id;
  const flagged = results.perceptionGaps.filter((g) => g.flagged);
  const unassigned = detail.participants.filter((p) => p.group === '').length;

  return (
    <section className="card perception-gap" aria-labelledby="perception-title">
      <h3 id="perception-title">Perception gap</h3>
      <p className="muted small">
        How each role group sees the company, from its members&rsquo; own answers (a team consensus does not
        apply to groups). Groups smaller than {detail.minGroupSize} show only their size.
        {unassigned > 0 &&
          ` ${unassigned === 1 ? '1 person is' : `${unassigned} people are`} in no group: counted in the team results only.`}
      </p>

      {suppressed.length > 0 && (
        <ul className="suppressed-groups" aria-label="Groups not shown">
          {suppressed.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>: {g.size === 1 ? '1 person' : `${g.size} people`}.{' '}
              <span className="muted">
                {g.size < detail.minGroupSize
                  ? `Not shown: fewer than ${detail.minGroupSize} people, so their answers could be told apart.`
                  : 'Not shown either, so the smaller group’s answers cannot be worked out from the others.'}
              </span>
            </li>
          ))}
        </ul>
      )}

      {visible.length < 2 ? (
        <p className="muted">At least two groups large enough to show are needed to compare them.</p>
      ) : (
        <>
          <h4>The dimensions, group by group</h4>
          <GroupDotPlot results={results} groups={visible} />

          <h4>Perception gaps</h4>
          {flagged.length === 0 ? (
            <p className="muted">No dimension differs by 25 points or more between two groups.</p>
          ) : (
            <ul className="gap-list">
              {flagged.map((g) => (
                <li key={g.dimension}>
                  <span className="badge badge-gap">{pointsText(g.gap)}</span>{' '}
                  <strong>{dimensionName(g.dimension)}</strong>: {nameOf(g.high)} {percentText(g.highPercent)}
                  , {nameOf(g.low)} {percentText(g.lowPercent)}
                </li>
              ))}
            </ul>
          )}

          <h4>Statements split by role</h4>
          {results.roleSplits.length === 0 ? (
            <p className="muted">No statement&rsquo;s group means differ by 1 or more.</p>
          ) : (
            <table className="role-splits small">
              <caption className="muted small">
                Statements where two groups&rsquo; means differ by 1.0 or more on the 1–5 scale, each group
                with at least two answers.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Statement</th>
                  <th scope="col">Higher</th>
                  <th scope="col">Lower</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {results.roleSplits.map((s) => (
                  <tr key={s.item}>
                    <th scope="row">{statementText(s.item)}</th>
                    <td>
                      {nameOf(s.high)} {oneDecimal(s.highMean)}
                    </td>
                    <td>
                      {nameOf(s.low)} {oneDecimal(s.lowMean)}
                    </td>
                    <td>{oneDecimal(s.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h4>Statements by group</h4>
          <Heatmap
            sections={sections}
            columns={visible.map((g) => ({ id: g.id, label: g.name }))}
            value={(groupId, itemId) =>
              visible.find((g) => g.id === groupId)?.statements.find((s) => s.id === itemId)?.mean ??
              undefined
            }
            format={oneDecimal}
            label="Heat map of statements by group"
          />
        </>
      )}
    </section>
  );
}
