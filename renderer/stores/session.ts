import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type SessionState = {
  /** Large type, high contrast, and no participant names on screen while scoring is under way. */
  readonly presentation: boolean;
  /** The participant scoring now; null shows the participant picker. */
  readonly scorer: string | null;
  /** True while the privacy screen hides the previous person's answers. */
  readonly handOver: boolean;
  readonly togglePresentation: () => void;
  readonly startScoring: (participantId: string) => void;
  readonly handTo: (participantId: string | null) => void;
  readonly revealScorer: () => void;
};

/**
 * How the workshop is being run right now; not part of the audit. Presentation mode survives
 * a reload of the window (kept in the window's session storage, so a new window starts
 * without it); who is scoring does not, so a reload never shows a person's answers to the next.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      presentation: false,
      scorer: null,
      handOver: false,
      togglePresentation: () => set((s) => ({ presentation: !s.presentation })),
      startScoring: (participantId) => set({ scorer: participantId, handOver: true }),
      handTo: (participantId) => set({ scorer: participantId, handOver: participantId !== null }),
      revealScorer: () => set({ handOver: false }),
    }),
    {
      name: 'reality-check.session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ presentation: s.presentation }),
    },
  ),
);
