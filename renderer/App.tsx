import { lazy, Suspense, useEffect } from 'react';
import { ReadOnlyBanner } from './components/ReadOnlyBanner.tsx';
import { useDesktopCommands } from './desktop/commands.ts';
import { useRouter } from './router.ts';
import { useSessionStore } from './stores/session.ts';
import { Home } from './views/Home/Home.tsx';

/** The workshop views load when an audit is opened, so the list of audits appears fast. */
const Workspace = lazy(() =>
  import('./views/Workspace/Workspace.tsx').then((m) => ({ default: m.Workspace })),
);

/** The window: the list of audits, or one audit's workshop. F5 or Alt+Shift+P toggles presentation mode. */
export function App() {
  const route = useRouter((s) => s.route);
  const presentation = useSessionStore((s) => s.presentation);
  const togglePresentation = useSessionStore((s) => s.togglePresentation);
  useDesktopCommands();

  useEffect(() => {
    document.documentElement.classList.toggle('presentation', presentation);
  }, [presentation]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F5' || (event.key.toLowerCase() === 'p' && event.altKey && event.shiftKey)) {
        event.preventDefault();
        togglePresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [togglePresentation]);

  return (
    <>
      <ReadOnlyBanner />
      {route.view === 'home' ? (
        <Home />
      ) : (
        <Suspense fallback={<p className="muted loading-view">Opening the audit…</p>}>
          <Workspace auditId={route.auditId} step={route.view} />
        </Suspense>
      )}
    </>
  );
}
