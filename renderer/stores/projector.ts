import { useEffect } from 'react';
import { create } from 'zustand';
import type { ProjectorView } from '../../shared/api/methods/room.ts';
import { api } from '../api.ts';
import { poll } from './poll.ts';

type ProjectorState = {
  readonly auditId: string | null;
  /** What the room lets the projector show: anonymous counts before the reveal, one item after it. */
  readonly view: ProjectorView | null;
  /** Why the room could not be read (the projector says so calmly and keeps asking). */
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
  /** The next or previous item after the reveal, or (null) the first: from the projector's own keys. */
  readonly present: (step: -1 | 1 | null) => Promise<void>;
};

/**
 * The projector's screen (docs/spec/room.md, "Projector view"). It asks the room for two things
 * only, room.projector and room.present, and never for the audit or its results: before the
 * reveal, what reaches the projector is counts and nothing else.
 */
export const useProjectorStore = create<ProjectorState>()((set, get) => ({
  auditId: null,
  view: null,
  error: null,

  refresh: async () => {
    const auditId = get().auditId;
    if (!auditId) return;
    const result = await api['room.projector']({ auditId });
    if (get().auditId !== auditId) return;
    if (!result.ok) return set({ error: result.error.message });
    set({ view: result.value, error: null });
  },

  present: async (step) => {
    const { auditId, view } = get();
    if (!auditId || view?.phase !== 'revealed') return;
    const current = view.spotlight?.itemId ?? null;
    const result = await api['room.present'](
      step === null || current === null ? { auditId, itemId: null } : { auditId, itemId: current, step },
    );
    if (get().auditId !== auditId) return;
    if (!result.ok) return set({ error: result.error.message });
    set({ view: result.value, error: null });
  },
}));

/** Keeps the projector's screen current while it is shown: about once a second. */
export function useProjectorWatch(auditId: string): void {
  useEffect(() => {
    if (useProjectorStore.getState().auditId !== auditId)
      useProjectorStore.setState({ auditId, view: null, error: null });
    return poll(() => useProjectorStore.getState().refresh());
  }, [auditId]);
}
