import { create } from 'zustand';

/**
 * The steps of a workshop, in the order of the session flow (docs/spec/product.md). A step that
 * `opensAtReveal` shows other people's answers (or what follows from them), so it stays closed
 * while scoring is blind.
 */
export const STEPS = [
  { id: 'setup', label: 'Set-up', opensAtReveal: false },
  { id: 'scoring', label: 'Blind scoring', opensAtReveal: false },
  { id: 'reveal', label: 'Reveal and discuss', opensAtReveal: true },
  { id: 'contacts', label: 'Priority contacts', opensAtReveal: false },
  { id: 'results', label: 'Results', opensAtReveal: true },
  { id: 'actions', label: 'Action plan', opensAtReveal: true },
  { id: 'report', label: 'Report', opensAtReveal: true },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** True for a step that stays closed until the reveal starts. */
export function opensAtReveal(step: StepId): boolean {
  return STEPS.find((s) => s.id === step)?.opensAtReveal ?? false;
}

export type Route = { readonly view: 'home' } | { readonly view: StepId; readonly auditId: string };

/** Reads a route from a location hash such as `#/audits/<id>/scoring`. */
export function parseHash(hash: string): Route {
  const match = /^#\/audits\/([^/]+)\/([a-z]+)$/.exec(hash);
  const step = STEPS.find((s) => s.id === match?.[2]);
  if (match?.[1] && step) return { view: step.id, auditId: decodeURIComponent(match[1]) };
  return { view: 'home' };
}

export function hashOf(route: Route): string {
  return route.view === 'home' ? '#/' : `#/audits/${encodeURIComponent(route.auditId)}/${route.view}`;
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
