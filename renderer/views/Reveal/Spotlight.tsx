import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { answerDistribution } from '../../../shared/scoring/distribution.ts';
import { SaveIndicator } from '../../components/SaveIndicator.tsx';
import { RoundFigures } from '../Rounds/RoundFigures.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { DiscussionFields } from './DiscussionFields.tsx';
import { enterFullscreen, leaveFullscreen } from './fullscreen.ts';
import type { Identity } from './identity.ts';
import { FacilitatorHint, ItemStats, ScoringNotes, WhoAnswered } from './ItemFacts.tsx';
import type { RevealRow } from './reveal-rows.ts';
import { spotlightCommand } from './spotlight-keys.ts';
import { SpotlightChart } from './SpotlightChart.tsx';

type Props = {
  /** The items in the overview's order: the splits first. */
  readonly rows: readonly RevealRow[];
  /** The item on screen. */
  readonly itemId: string;
  readonly identity: Identity;
  readonly onMove: (itemId: string) => void;
  /** Back to the overview, at the item last shown. */
  readonly onLeave: (itemId: string) => void;
};

const FIELDS = new Set(['TEXTAREA', 'INPUT', 'SELECT']);

/**
 * The reveal for a projector: one item at a time on the whole screen (the Fullscreen API where
 * the browser allows it, else a modal covering the window), stepped through by keys.
 */
export function Spotlight({ rows, itemId, identity, onMove, onLeave }: Props) {
  const detail = useAuditStore((s) => s.detail);
  const results = useAuditStore((s) => s.results);
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    rows.findIndex((r) => r.item.id === itemId),
  );
  const row = rows[index];
  const shownId = row?.item.id ?? itemId;
  const leave = () => {
    leaveFullscreen(stage.current);
    onLeave(shownId);
  };
  // The fullscreen listener outlives renders; it calls the latest leave().
  const leaveLatest = useRef(leave);
  leaveLatest.current = leave;

  useEffect(() => {
    const modal = dialog.current;
    const screen = stage.current;
    if (!modal || !screen) return;
    // A modal dialog keeps focus and screen readers inside; where there is none, an open one.
    if (typeof modal.showModal === 'function') {
      if (!modal.open) modal.showModal();
    } else modal.setAttribute('open', '');
    screen.focus();
    let held = false;
    const onChange = () => {
      if (document.fullscreenElement === screen) held = true;
      else if (held) {
        // Escape (or the browser) left full screen: leave the spotlight with it.
        held = false;
        leaveLatest.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    void enterFullscreen(screen);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      leaveFullscreen(screen);
      if (typeof modal.close === 'function') modal.close();
      else modal.removeAttribute('open');
    };
  }, []);

  if (!detail || !results || !row) return null;
  const { section, item } = row;
  const stats = results.items.find((i) => i.id === item.id);
  const consensus = detail.consensus.find((c) => c.item === item.id)?.value ?? null;
  const distribution = answerDistribution(detail.responses, item.id, section.scale);
  const go = (to: number) => {
    const target = rows[Math.min(rows.length - 1, Math.max(0, to))];
    if (target && target.item.id !== item.id) onMove(target.item.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const command = spotlightCommand(
      event.key,
      event.shiftKey,
      event.ctrlKey || event.metaKey || event.altKey,
    );
    if (!command) return;
    if (FIELDS.has(target.tagName)) {
      // Keys type in a field; Escape leaves the field (which saves it), a second one the spotlight.
      if (command === 'leave') {
        event.preventDefault();
        target.blur();
        stage.current?.focus();
      }
      return;
    }
    if (event.key === ' ' && target.tagName === 'BUTTON') return; // Space presses the button
    // Up and down scroll a focused list of notes; left and right still move between items.
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && target.tagName === 'UL') return;
    event.preventDefault();
    if (command === 'next') go(index + 1);
    else if (command === 'previous') go(index - 1);
    else if (command === 'first') go(0);
    else if (command === 'last') go(rows.length - 1);
    else leave();
  };
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    leave();
  };

  return (
    <dialog
      ref={dialog}
      className="spotlight-dialog"
      aria-label="Spotlight"
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      <div ref={stage} className="spotlight" tabIndex={-1}>
        <header className="spotlight-top">
          <p className="spotlight-where">
            <span>{section.title}</span>
            {stats?.misaligned && <span className="badge badge-split">Team is split</span>}
          </p>
          <p className="spotlight-position">
            {index + 1} of {rows.length}
          </p>
          <div className="spotlight-nav">
            <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
              ← Previous
            </button>
            <button type="button" onClick={() => go(index + 1)} disabled={index === rows.length - 1}>
              Next →
            </button>
            <button type="button" onClick={leave}>
              Back to the overview
            </button>
          </div>
        </header>
        {/* Says where the spotlight moved to, for a screen reader (focus stays where it was). */}
        <p className="visually-hidden" aria-live="polite">
          {`${index + 1} of ${rows.length}: ${item.title ? `${item.title}. ` : ''}${item.text}`}
        </p>
        <h2 className="spotlight-statement">
          {item.title && <strong>{item.title}. </strong>}
          {item.text}
        </h2>
        <div className="spotlight-body">
          <section className="spotlight-spread" aria-label="Answers">
            <SpotlightChart distribution={distribution} scale={section.scale} consensus={consensus} />
            {stats && <ItemStats stats={stats} className="spotlight-stats" />}
            {stats && <RoundFigures stats={stats} besideChart />}
            <WhoAnswered detail={detail} itemId={item.id} identity={identity} />
          </section>
          <section className="spotlight-side" aria-label="Discussion">
            <ScoringNotes detail={detail} itemId={item.id} identity={identity} scrolls />
            <FacilitatorHint hint={item.hint} />
            <DiscussionFields key={item.id} section={section} item={item} rows={3} />
          </section>
        </div>
        <footer className="spotlight-footer">
          <p>
            <kbd>→</kbd> or <kbd>Space</kbd> next · <kbd>←</kbd> or <kbd>Shift</kbd>+<kbd>Space</kbd> previous
            · <kbd>Home</kbd> <kbd>End</kbd> · <kbd>Esc</kbd> back to the overview
          </p>
          <SaveIndicator />
        </footer>
      </div>
    </dialog>
  );
}
