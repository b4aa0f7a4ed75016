import { useEffect } from 'react';
import { create } from 'zustand';

/** What a desktop menu item asks of a view that may not be on screen yet. */
export type DesktopRequest = 'newAudit' | 'exportReport';

type RequestsState = {
  readonly pending: Readonly<Record<DesktopRequest, boolean>>;
  readonly request: (kind: DesktopRequest) => void;
  /** True once for each request: the view that takes it acts on it, and it is gone. */
  readonly take: (kind: DesktopRequest) => boolean;
};

/** Menu requests waiting for their view (File ▸ New audit for Home, Export PDF report for Report). */
export const useDesktopRequests = create<RequestsState>()((set, get) => ({
  pending: { newAudit: false, exportReport: false },
  request: (kind) => set((s) => ({ pending: { ...s.pending, [kind]: true } })),
  take: (kind) => {
    if (!get().pending[kind]) return false;
    set((s) => ({ pending: { ...s.pending, [kind]: false } }));
    return true;
  },
}));

/**
 * Placed in a view, runs `onRequest` when the menu asks for `kind` (now or before the view
 * was shown). Renders nothing; it lets a view answer the menu with one line.
 */
export function DesktopRequestListener({
  kind,
  onRequest,
}: {
  readonly kind: DesktopRequest;
  readonly onRequest: () => void;
}) {
  const pending = useDesktopRequests((s) => s.pending[kind]);
  useEffect(() => {
    if (pending && useDesktopRequests.getState().take(kind)) onRequest();
  }, [pending, kind, onRequest]);
  return null;
}
