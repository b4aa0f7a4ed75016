import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Blind scoring by passing the laptop round, or on everyone's phone in room mode; both can be mixed. */
export type ScoringMode = 'laptop' | 'room';

type SessionState = {
  /** Large type, high contrast, and no participant names on screen while scoring is under way. */
  readonly presentation: boolean;
  /** The participant scoring now; null shows the participant picker. */
  readonly scorer: string | null;
  /** True while the privacy screen hides the previous person's answers. */
  readonly handOver: boolean;
  /** How blind scoring runs on screen: the laptop passed round, or the room console (phones). */
  readonly scoringMode: ScoringMode;
  readonly setScoringMode: (mode: ScoringMode) => void;
  readonly togglePresentation: () => void;
  readonly startScoring: (participantId: string) => void;
  readonly handTo: (participantId: string | null) => void;
  readonly revealScorer: () => void;
};

/**
 * How the workshop is being run right now; not part of the audit. Presentation mode survives
 * a reload of the window (kept in the window's session storage, so a new window starts
 * without it), and so does the choice of the laptop or the room for blind scoring; who is
 * scoring does not, so a reload never shows a person's answers to the next.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      presentation: false,
      scorer: null,
      handOver: false,
      scoringMode: 'laptop',
      setScoringMode: (mode) => set({ scoringMode: mode }),
      togglePresentation: () => set((s) => ({ presentation: !s.presentation })),
      startScoring: (participantId) => set({ scorer: participantId, handOver: true }),
      handTo: (participantId) => set({ scorer: participantId, handOver: participantId !== null }),
      revealScorer: () => set({ handOver: false }),
    }),
    {
      name: 'reality-check.session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ presentation: s.presentation, scoringMode: s.scoringMode }),
    },
  ),
);
