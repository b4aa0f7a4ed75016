import { useEffect } from 'react';
import { useProjectorStore, useProjectorWatch } from '../../stores/projector.ts';
import { spotlightCommand } from '../Reveal/spotlight-keys.ts';
import { ProjectorJoin } from './ProjectorJoin.tsx';
import { ProjectorProgress } from './ProjectorProgress.tsx';
import { ProjectorSpotlight } from './ProjectorSpotlight.tsx';

/** Full screen on the projector's own key, where the browser allows it (a desktop window is full screen already). */
function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else if (document.fullscreenEnabled) void document.documentElement.requestFullscreen().catch(() => {});
}

/**
 * The projector's screen of an audit's room (docs/spec/room.md, "Projector view"), in a window
 * or tab of its own: how to join while people join, then how many are done, then after the
 * reveal one item at a time, moved from the console or by this screen's keys (arrows, Space,
 * Page Up and Down; Home for the first; F for full screen). It knows only what the room tells a
 * projector: counts before the reveal, never a value.
 */
export function Projector({ auditId }: { readonly auditId: string }) {
  useProjectorWatch(auditId);
  const view = useProjectorStore((s) => (s.auditId === auditId ? s.view : null));
  const error = useProjectorStore((s) => s.error);
  const present = useProjectorStore((s) => s.present);
  const phase = view?.phase ?? null;

  useEffect(() => {
    document.documentElement.classList.add('projector-page');
    return () => document.documentElement.classList.remove('projector-page');
  }, []);
  useEffect(() => {
    document.title = view ? `${view.title}: projector` : 'Reality Check: projector';
  }, [view]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey) return toggleFullscreen();
      if (phase !== 'revealed') return;
      const command = spotlightCommand(
        event.key,
        event.shiftKey,
        event.ctrlKey || event.metaKey || event.altKey,
      );
      if (command === 'next' || command === 'previous' || command === 'first') {
        event.preventDefault();
        void present(command === 'first' ? null : command === 'next' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase, present]);

  return (
    <main className={`projector projector-${phase ?? 'waiting'}`}>
      {view && (
        <header className="projector-header">
          <span>{view.organization}</span>
          <span aria-hidden="true"> · </span>
          <span>{view.title}</span>
        </header>
      )}
      <div className="projector-stage">
        {!view ? (
          <p className="projector-lead">
            {error ? `The room did not answer (${error}). Trying again…` : 'Connecting to the room…'}
          </p>
        ) : phase === 'closed' || (phase === 'joining' && !view.join) ? (
          <div className="projector-closed">
            <h1>The room is closed</h1>
            <p className="projector-lead">The facilitator opens it from the laptop.</p>
          </div>
        ) : phase === 'joining' && view.join ? (
          <ProjectorJoin join={view.join} progress={view.progress} />
        ) : phase === 'revealed' ? (
          view.spotlight ? (
            <ProjectorSpotlight item={view.spotlight} />
          ) : (
            <div className="projector-closed">
              <h1>The reveal</h1>
              <p className="projector-lead">Press → or Space to show the first item.</p>
            </div>
          )
        ) : (
          <ProjectorProgress view={view} />
        )}
      </div>
      {phase === 'revealed' && view?.spotlight && (
        <footer className="projector-footer">
          <kbd>→</kbd> or <kbd>Space</kbd> next · <kbd>←</kbd> previous · <kbd>F</kbd> full screen
        </footer>
      )}
      {view && error && (
        <p className="projector-error" role="status">
          The room did not answer just now. Trying again…
        </p>
      )}
    </main>
  );
}
