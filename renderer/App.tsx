import { lazy, Suspense, useEffect } from 'react';
import { ReadOnlyBanner } from './components/ReadOnlyBanner.tsx';
import { useDesktopCommands } from './desktop/commands.ts';
import { useRouter, type Route } from './router.ts';
import { useSessionStore } from './stores/session.ts';
import { Home } from './views/Home/Home.tsx';
import { Settings } from './views/Settings/Settings.tsx';

/** The workshop views load when an audit is opened, so the list of audits appears fast. */
const Workspace = lazy(() =>
  import('./views/Workspace/Workspace.tsx').then((m) => ({ default: m.Workspace })),
);

/** An organisation's page: its audits over time and the trend. */
const OrganizationPage = lazy(() =>
  import('./views/Organization/OrganizationPage.tsx').then((m) => ({ default: m.OrganizationPage })),
);

/** The projector's screen of a room, in a window or tab of its own (room mode). */
const Projector = lazy(() => import('./views/Room/Projector.tsx').then((m) => ({ default: m.Projector })));

/**
 * The page: the projector's screen when it was opened at the projector's route (it shows what
 * the room lets a projector show and asks for nothing else: no audit, no storage status, no
 * menu commands), else the app window.
 */
export function App() {
  const route = useRouter((s) => s.route);
  if (route.view === 'projector')
    return (
      <Suspense fallback={<p className="muted loading-view">Opening the projector…</p>}>
        <Projector auditId={route.auditId} />
      </Suspense>
    );
  return <AppWindow route={route} />;
}

/** The window: the list of audits, an organisation's page, or one audit's workshop. F5 or Alt+Shift+P toggles presentation mode. */
function AppWindow({ route }: { readonly route: Exclude<Route, { view: 'projector' }> }) {
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
      ) : route.view === 'settings' ? (
        <Settings />
      ) : route.view === 'organization' ? (
        <Suspense fallback={<p className="muted loading-view">Opening the organisation…</p>}>
          <OrganizationPage organizationId={route.organizationId} />
        </Suspense>
      ) : (
        <Suspense fallback={<p className="muted loading-view">Opening the audit…</p>}>
          <Workspace auditId={route.auditId} step={route.view} />
        </Suspense>
      )}
    </>
  );
}
