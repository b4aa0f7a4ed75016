import { create } from 'zustand';

/**
 * The steps of a workshop, in the order of the session flow (docs/spec/product.md). A step that
 * `opensAtReveal` shows other people's answers (or what follows from them), so it stays closed
 * while scoring is blind.
 */
export const STEPS = [
  { id: 'setup', label: 'Set-up', opensAtReveal: false },
  { id: 'review', label: 'Last plan', opensAtReveal: false },
  { id: 'scoring', label: 'Blind scoring', opensAtReveal: false },
  { id: 'reveal', label: 'Reveal and discuss', opensAtReveal: true },
  { id: 'contacts', label: 'Priority contacts', opensAtReveal: false },
  { id: 'results', label: 'Results', opensAtReveal: true },
  { id: 'actions', label: 'Action plan', opensAtReveal: true },
  { id: 'report', label: 'Report', opensAtReveal: true },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** The review of last time's plan is a step of a re-assessment only. */
export function stepApplies(
  step: StepId,
  audit: { readonly previousAuditId: string | null; readonly planReview: readonly unknown[] },
): boolean {
  return step !== 'review' || audit.previousAuditId !== null || audit.planReview.length > 0;
}

/** True for a step that stays closed until the reveal starts. */
export function opensAtReveal(step: StepId): boolean {
  return STEPS.find((s) => s.id === step)?.opensAtReveal ?? false;
}

/**
 * Where the window is: the list of audits, the settings, an organisation's page, one step of an audit's workshop, or the projector
 * of an audit's room (a screen of its own, in a second window or tab, that shows what the room
 * lets a projector show and nothing of the audit itself).
 */
export type Route =
  | { readonly view: 'home' }
  | { readonly view: 'settings' }
  | { readonly view: 'organization'; readonly organizationId: string }
  | { readonly view: StepId; readonly auditId: string }
  | { readonly view: 'projector'; readonly auditId: string };

/** An id from the address; null when it is not well-formed percent-encoding. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads a route from a location hash such as `#/audits/<id>/scoring` or `#/projector/<id>`. */
export function parseHash(hash: string): Route {
  const projector = /^#\/projector\/([^/]+)$/.exec(hash);
  const projected = projector?.[1] ? decoded(projector[1]) : null;
  if (projected) return { view: 'projector', auditId: projected };
  if (hash === '#/settings') return { view: 'settings' };
  const organization = /^#\/organizations\/([^/]+)$/.exec(hash);
  const organizationId = organization?.[1] ? decoded(organization[1]) : null;
  if (organizationId) return { view: 'organization', organizationId };
  const match = /^#\/audits\/([^/]+)\/([a-z]+)$/.exec(hash);
  const step = STEPS.find((s) => s.id === match?.[2]);
  const auditId = match?.[1] ? decoded(match[1]) : null;
  if (auditId && step) return { view: step.id, auditId };
  return { view: 'home' };
}

export function hashOf(route: Route): string {
  if (route.view === 'home') return '#/';
  if (route.view === 'settings') return '#/settings';
  if (route.view === 'projector') return `#/projector/${encodeURIComponent(route.auditId)}`;
  if (route.view === 'organization') return `#/organizations/${encodeURIComponent(route.organizationId)}`;
  return `#/audits/${encodeURIComponent(route.auditId)}/${route.view}`;
}

type RouterState = {
  readonly route: Route;
  readonly go: (route: Route) => void;
};

/** The current view, kept in the address so a reload (or a crash of the window) returns to the same place. */
export const useRouter = create<RouterState>()((set) => ({
  route: typeof window === 'undefined' ? { view: 'home' } : parseHash(window.location.hash),
  go: (route) => {
    if (typeof window !== 'undefined' && window.location.hash !== hashOf(route))
      window.location.hash = hashOf(route);
    set({ route });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useRouter.setState({ route: parseHash(window.location.hash) }));
}
