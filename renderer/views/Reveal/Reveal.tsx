import { useMemo, useState } from 'react';
import { findInstrument } from '../../../shared/instrument/index.ts';
import { instrumentSections, type Section } from '../../../shared/instrument/sections.ts';
import { useAuditStore, useFreshResults } from '../../stores/audit.ts';
import { RevealItem } from './RevealItem.tsx';

/** Reveal and discuss: every item's spread of answers, the biggest disagreements first. */
export function Reveal() {
  const { detail } = useAuditStore();
  const results = useFreshResults();
  const [filter, setFilter] = useState<string>('all');
  const [showNames, setShowNames] = useState(false);
  const [splitsOnly, setSplitsOnly] = useState(false);

  const sections = useMemo(() => {
    const instrument = detail && findInstrument(detail.instrument.id, detail.instrument.version);
    return instrument ? instrumentSections(instrument) : [];
  }, [detail]);

  if (!detail) return null;
  if (!results) return <p className="muted">Computing the results…</p>;
  if (detail.responses.length === 0) {
    return (
      <div className="empty">
        <p>Nothing to reveal yet.</p>
        <p className="muted">
          The spread of answers appears here once people have scored in{' '}
          <a href={`#/audits/${detail.id}/scoring`}>Blind scoring</a>.
        </p>
      </div>
    );
  }

  const stats = new Map(results.items.map((i) => [i.id, i]));
  const rows: { section: Section; item: Section['items'][number] }[] = sections
    .filter((s) => filter === 'all' || s.id === filter)
    .flatMap((section) => section.items.map((item) => ({ section, item })))
    .filter(({ item }) => (stats.get(item.id)?.n ?? 0) + (stats.get(item.id)?.unsure ?? 0) > 0)
    .filter(({ item }) => !splitsOnly || stats.get(item.id)?.misaligned === true);
  // Misaligned first, then the widest spread; ties keep instrument order (Array.prototype.sort is stable).
  rows.sort((a, b) => {
    const sa = stats.get(a.item.id);
    const sb = stats.get(b.item.id);
    return Number(sb?.misaligned) - Number(sa?.misaligned) || (sb?.sd ?? -1) - (sa?.sd ?? -1);
  });
  const misaligned = results.items.filter((i) => i.misaligned).length;

  return (
    <div className="reveal">
      <h2>Reveal and discuss</h2>
      <p className="muted">
        {misaligned === 0
          ? 'No statement splits the team.'
          : `${misaligned} ${misaligned === 1 ? 'statement splits' : 'statements split'} the team; they come first.`}{' '}
        Talk the splits through, note what was said, and record a consensus where the team agrees one.
      </p>
      <div className="toolbar">
        <label>
          Show
          <select value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="all">All sections</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={splitsOnly} onChange={(e) => setSplitsOnly(e.target.checked)} />
          Only the statements that split the team
        </label>
        {!detail.anonymous && (
          <label className="checkbox">
            <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />
            Show who answered what
          </label>
        )}
      </div>
      <ol className="reveal-list">
        {rows.map(({ section, item }) => (
          <RevealItem
            key={item.id}
            section={section}
            item={item}
            showNames={showNames && !detail.anonymous}
          />
        ))}
      </ol>
    </div>
  );
}
