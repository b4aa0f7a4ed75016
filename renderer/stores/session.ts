import { create } from 'zustand';

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

/** How the workshop is being run right now; not saved, not part of the audit. */
export const useSessionStore = create<SessionState>()((set) => ({
  presentation: false,
  scorer: null,
  handOver: false,
  togglePresentation: () => set((s) => ({ presentation: !s.presentation })),
  startScoring: (participantId) => set({ scorer: participantId, handOver: true }),
  handTo: (participantId) => set({ scorer: participantId, handOver: participantId !== null }),
  revealScorer: () => set({ handOver: false }),
}));
