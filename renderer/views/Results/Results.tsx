import { useEffect, useMemo } from 'react';
import { findInstrument } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { percentText as pct } from '../../../shared/scoring/display.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';
import { Heatmap } from '../../components/Heatmap.tsx';
import { LevelBadge } from '../../components/LevelBadge.tsx';
import { ProvisionalBadge, ProvisionalNote } from '../../components/ProvisionalNote.tsx';
import { RadarChart, type RadarSeries } from '../../components/RadarChart.tsx';
import { useAuditResults, useAuditStore } from '../../stores/audit.ts';
import { useSessionStore } from '../../stores/session.ts';
import { displayName } from '../Scoring/names.ts';
import { PerceptionGap } from './PerceptionGap.tsx';
import { ResultsTrend } from './ResultsTrend.tsx';
import { RoundsSummary } from './RoundsSummary.tsx';
import { SignsAndCommitment } from './SignsAndCommitment.tsx';

/** Where the team stands: level and index with the caps, radar, heat map, signs, commitment, targets, contacts. */
export function Results() {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditResults();
  const previous = useAuditStore((s) =>
    s.detail?.previousAuditId && s.previous?.auditId === s.detail.previousAuditId ? s.previous.results : null,
  );
  const loadPrevious = useAuditStore((s) => s.loadPrevious);
  const presentation = useSessionStore((s) => s.presentation);

  // The earlier audit's results, for the comparison: fetched once for the open audit.
  useEffect(() => {
    void loadPrevious();
  }, [loadPrevious, detail?.previousAuditId]);

  const instrument = useMemo(
    () => detail && findInstrument(detail.instrument.id, detail.instrument.version),
    [detail],
  );
  if (!detail || !instrument) return null;
  if (!results) return <p className="muted">Computing the results…</p>;
  const sections = instrumentSections(instrument);

  const series: RadarSeries[] = [
    { label: 'This audit', values: results.dimensions.map((d) => d.percent), className: 'series-current' },
  ];
  if (previous)
    series.push({
      label: 'Previous audit',
      values: previous.dimensions.map((d) => d.percent),
      className: 'series-previous',
    });
  // Each person's answer in each statement's final round, the round every figure uses.
  const finalRound = new Map(results.items.map((i) => [i.id, i.finalRound ?? 1]));
  const answers = new Map<string, number | null>();
  for (const r of [...detail.responses.map((a) => ({ ...a, round: 1 })), ...detail.roundResponses])
    if (finalRound.get(r.item) === r.round) answers.set(`${r.participant}\u0000${r.item}`, r.value);
  const revoted = detail.roundResponses.length > 0;
  const gaps = results.contacts
    .filter((c) => c.priorityGap)
    .sort((a, b) => (a.priorityRank ?? 0) - (b.priorityRank ?? 0));

  return (
    <div className="results">
      <h2>Results</h2>
      <section className="card headline" aria-labelledby="level-title">
        <h3 id="level-title" className="visually-hidden">
          Readiness level
        </h3>
        {results.level === null ? (
          <p className="big">
            No readiness level yet: no dimension has at least half of its statements answered.
          </p>
        ) : (
          <>
            <p className="big">
              <LevelBadge level={results.level} /> {results.provisional && <ProvisionalBadge />}{' '}
              <span className="index">Readiness index {pct(results.index)}</span>
            </p>
            <ProvisionalNote
              completeness={results}
              participants={detail.participants}
              nameOf={(p) => displayName(p, presentation)}
            />
            {results.caps.length > 0 ? (
              <div>
                <p>
                  The index alone would give <strong>{results.levelFromIndex}</strong>; the level is capped:
                </p>
                <ul className="caps">
                  {results.caps.map((cap) => (
                    <li key={cap.rule}>
                      <strong>At most {cap.to}.</strong> {cap.reason}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">No cap applied: the level follows the index.</p>
            )}
          </>
        )}
      </section>

      <section className="card results-dimensions" aria-labelledby="dimensions-title">
        <h3 id="dimensions-title">The seven dimensions</h3>
        <div className="two-columns">
          <RadarChart axes={results.dimensions.map((d) => d.name)} series={series} />
          <table className="dimension-table">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Score</th>
                {previous && <th scope="col">Last time</th>}
                <th scope="col">Answered</th>
                <th scope="col">Alignment (sd)</th>
              </tr>
            </thead>
            <tbody>
              {results.dimensions.map((d, i) => (
                <tr key={d.id}>
                  <th scope="row">{d.name}</th>
                  <td>
                    {pct(d.percent)}
                    {d.insufficient && <span className="badge badge-thin"> too few answers</span>}
                  </td>
                  {previous && <td>{pct(previous.dimensions[i]?.percent ?? null)}</td>}
                  <td>{pct(d.coverage * 100)}</td>
                  <td>{d.alignment === null ? '–' : formatNumber(d.alignment, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {previous && (
          <p className="legend">
            <span className="swatch series-current" aria-hidden="true" /> This audit{' '}
            <span className="swatch series-previous" aria-hidden="true" /> Previous audit
          </p>
        )}
      </section>

      <ResultsTrend auditId={detail.id} earlierAudits={detail.earlierAudits} />

      <RoundsSummary results={results} sections={sections} />

      <PerceptionGap detail={detail} results={results} sections={sections} />

      <section className="card" aria-labelledby="heatmap-title">
        <h3 id="heatmap-title">Statements by participant</h3>
        {revoted && (
          <p className="muted small">
            A re-voted statement shows each person&rsquo;s answer in its last round.
          </p>
        )}
        <Heatmap
          sections={sections}
          columns={detail.participants.map((p) =>
            detail.anonymous || presentation
              ? { id: p.id, label: p.code }
              : { id: p.id, label: p.name, title: p.name },
          )}
          value={(participantId, itemId) => answers.get(`${participantId}\u0000${itemId}`)}
          label="Heat map of statements by participant"
        />
      </section>

      <SignsAndCommitment instrument={instrument} results={results} />

      <section className="card" aria-labelledby="gaps-title">
        <h3 id="gaps-title">Priority contact gaps</h3>
        {gaps.length === 0 ? (
          <p className="muted">
            {results.contacts.length === 0 ? 'No contacts listed yet.' : 'No contact has a gap of 2 or more.'}
          </p>
        ) : (
          <ol>
            {gaps.map((c) => (
              <li key={`${c.name}-${c.priorityRank}`}>
                <strong>{c.name}</strong> ({c.category}): importance {c.importance}, performance{' '}
                {c.performance}, gap {c.gap}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
