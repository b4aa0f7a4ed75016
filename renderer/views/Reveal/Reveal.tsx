import { useEffect, useMemo, useRef, useState } from 'react';
import { findInstrument } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { useAuditResults, useAuditStore } from '../../stores/audit.ts';
import { useSessionStore } from '../../stores/session.ts';
import { revealIdentity } from './identity.ts';
import { revealRows } from './reveal-rows.ts';
import { RevealItem, spotlightButtonId } from './RevealItem.tsx';
import { Spotlight } from './Spotlight.tsx';
import { RevotePanel } from '../Rounds/RevotePanel.tsx';
import { RoundScoring } from '../Rounds/RoundScoring.tsx';

/**
 * Reveal and discuss: every item's spread of answers, the biggest disagreements first, as an
 * overview to scroll and a spotlight to present one item at a time.
 */
export function Reveal() {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditResults();
  const presentation = useSessionStore((s) => s.presentation);
  const [filter, setFilter] = useState<string>('all');
  const [showNames, setShowNames] = useState(false);
  const [splitsOnly, setSplitsOnly] = useState(false);
  const [spotlight, setSpotlight] = useState<string | null>(null);
  const [revoting, setRevoting] = useState(false);
  // The item the spotlight last showed, to bring back into view and focus in the overview.
  const returnTo = useRef<string | null>(null);

  const sections = useMemo(() => {
    const instrument = detail && findInstrument(detail.instrument.id, detail.instrument.version);
    return instrument ? instrumentSections(instrument) : [];
  }, [detail]);

  useEffect(() => {
    if (spotlight !== null || returnTo.current === null) return;
    const button = document.getElementById(spotlightButtonId(returnTo.current));
    returnTo.current = null;
    button?.scrollIntoView?.({ block: 'center' });
    button?.focus();
  }, [spotlight]);

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

  if (revoting) return <RoundScoring sections={sections} onLeave={() => setRevoting(false)} />;

  const rows = revealRows(sections, results.items, { section: filter, splitsOnly });
  const identity = revealIdentity(detail.anonymous, showNames, presentation);
  const misaligned = results.items.filter((i) => i.misaligned).length;
  const leaveSpotlight = (itemId: string) => {
    returnTo.current = itemId;
    setSpotlight(null);
  };

  return (
    <div className="reveal">
      <h2>Reveal and discuss</h2>
      <p className="muted">
        {misaligned === 0
          ? 'No statement splits the team.'
          : `${misaligned} ${misaligned === 1 ? 'statement splits' : 'statements split'} the team; they come first.`}{' '}
        Talk the splits through, note what was said, and record a consensus where the team agrees one.
      </p>
      <RevotePanel sections={sections} onScore={() => setRevoting(true)} />
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
        <button
          type="button"
          className="primary"
          disabled={rows.length === 0}
          onClick={() => rows[0] && setSpotlight(rows[0].item.id)}
        >
          Start the spotlight
        </button>
      </div>
      <ol className="reveal-list">
        {rows.map(({ section, item }) => (
          <RevealItem
            key={item.id}
            section={section}
            item={item}
            identity={identity}
            onSpotlight={() => setSpotlight(item.id)}
          />
        ))}
      </ol>
      {spotlight !== null && (
        <Spotlight
          rows={rows}
          itemId={spotlight}
          identity={identity}
          onMove={setSpotlight}
          onLeave={leaveSpotlight}
        />
      )}
    </div>
  );
}
