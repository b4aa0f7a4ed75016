import { useState } from 'react';
import { api } from '../../api.ts';
import { DistributionBars } from '../../components/DistributionBars.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { Section } from '../../../shared/instrument/sections.ts';
import { answerDistribution } from '../../../shared/scoring/distribution.ts';
import { formatNumber } from '../../../shared/scoring/numbers.ts';
import { useAuditStore } from '../../stores/audit.ts';

type Props = {
  readonly section: Section;
  readonly item: Section['items'][number];
  readonly showNames: boolean;
};

/** One item in the reveal: its spread, its statistics, the discussion note and the consensus. */
export function RevealItem({ section, item, showNames }: Props) {
  const { detail, results, change } = useAuditStore();
  const stats = results?.items.find((i) => i.id === item.id);
  const discussion = detail?.discussion.find((d) => d.itemId === item.id)?.note ?? '';
  const consensus = detail?.consensus.find((c) => c.itemId === item.id);
  const [note, setNote] = useState(discussion);
  const [error, setError] = useState<string | null>(null);
  if (!detail || !stats) return null;
  const auditId = detail.id;
  const distribution = answerDistribution(
    detail.responses.map((r) => ({ participant: r.participantId, item: r.itemId, value: r.value })),
    item.id,
    section.scale,
  );
  const names = new Map(detail.participants.map((p) => [p.id, p.name]));

  const saveNote = () => {
    if (note !== discussion)
      void change(() => api['discussion.set']({ auditId, itemId: item.id, note })).then(setError);
  };
  const setConsensus = (value: string) =>
    void change(() =>
      api['consensus.set']({ auditId, itemId: item.id, value: value === '' ? null : Number(value) }),
    ).then(setError);

  return (
    <li className={stats.misaligned ? 'reveal-item misaligned' : 'reveal-item'}>
      <div className="reveal-text">
        <p className="muted small">{section.title}</p>
        <p>
          {item.title && <strong>{item.title}. </strong>}
          {item.text}
        </p>
        {stats.misaligned && <span className="badge badge-split">Team is split</span>}
        <p className="muted small">
          {stats.n} {stats.n === 1 ? 'answer' : 'answers'}
          {stats.unsure > 0 && `, ${stats.unsure} not sure`}
          {stats.mean !== null && ` · mean ${formatNumber(stats.mean, 1)}`}
          {stats.sd !== null && stats.n > 1 && ` · spread (sd) ${formatNumber(stats.sd, 2)}`}
        </p>
        {showNames && (
          <p className="small">
            {distribution.byParticipant
              .map((a) => `${names.get(a.participant) ?? '?'}: ${a.value ?? 'not sure'}`)
              .join(' · ')}
          </p>
        )}
      </div>
      <DistributionBars distribution={distribution} scale={section.scale} />
      <div className="reveal-discuss">
        {error && <Notice kind="error">{error}</Notice>}
        <label>
          Discussion notes
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} onBlur={saveNote} />
        </label>
        <label>
          Consensus
          <select
            value={consensus ? String(consensus.value) : ''}
            onChange={(e) => setConsensus(e.target.value)}
          >
            <option value="">No consensus recorded</option>
            {section.scale.labels.map((label, i) => (
              <option key={label} value={section.scale.min + i}>
                {section.scale.min + i} – {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </li>
  );
}
