import { useEffect } from 'react';
import { create } from 'zustand';
import type { RoundFeedback, RoundsOverview } from '../../shared/api/methods/rounds.ts';
import { api } from '../api.ts';
import { useAuditStore } from './audit.ts';

/** A read of the open audit as of one revision: `key` is the audit's id and the revision. */
type Fetched<T> = { readonly key: string; readonly value: T | null; readonly error: string | null };

type RoundsState = {
  /** The rounds, the open one and the next round's suggested items (rounds.list). */
  readonly overview: Fetched<RoundsOverview>;
  /** One participant's Delphi feedback in the open round (rounds.feedback). */
  readonly feedback: Fetched<RoundFeedback> & { readonly participantId: string | null };
  /** Fetches the overview (once per revision) and answers it, or the error message. */
  readonly loadOverview: (auditId: string, revision: number) => Promise<RoundsOverview | string>;
  readonly loadFeedback: (auditId: string, participantId: string, revision: number) => Promise<void>;
};

const empty = { key: '', value: null, error: null };

/**
 * What the re-vote rounds show that is not in the audit's detail: the items the next round
 * suggests and each person's feedback, both from the API (computed in shared/scoring). Each is
 * fetched when the facilitator asks for it (choosing a round's items, opening a person's
 * sheet), so moving between steps fetches nothing.
 */
export const useRoundsStore = create<RoundsState>()((set, get) => ({
  overview: empty,
  feedback: { ...empty, participantId: null },

  loadOverview: async (auditId, revision) => {
    const key = `${auditId}\u0000${revision}`;
    const known = get().overview;
    if (known.key === key && (known.value || known.error)) return known.value ?? known.error ?? '';
    const result = await api['rounds.list']({ auditId });
    set({
      overview: result.ok
        ? { key, value: result.value, error: null }
        : { key, value: null, error: result.error.message },
    });
    return result.ok ? result.value : result.error.message;
  },

  loadFeedback: async (auditId, participantId, revision) => {
    const key = `${auditId}\u0000${participantId}\u0000${revision}`;
    if (get().feedback.key === key) return;
    set({ feedback: { key, participantId, value: null, error: null } });
    const result = await api['rounds.feedback']({ auditId, participantId });
    if (get().feedback.key !== key) return;
    set({
      feedback: result.ok
        ? { key, participantId, value: result.value, error: null }
        : { key, participantId, value: null, error: result.error.message },
    });
  },
}));

/**
 * One participant's feedback in the open round. Fetched once when their sheet opens: their own
 * answers show from the audit's detail as they save, the team's previous round does not move.
 */
export function useRoundFeedback(participantId: string): Fetched<RoundFeedback> {
  const auditId = useAuditStore((s) => s.auditId);
  const loadFeedback = useRoundsStore((s) => s.loadFeedback);
  useEffect(() => {
    if (auditId) void loadFeedback(auditId, participantId, useAuditStore.getState().revision);
  }, [auditId, participantId, loadFeedback]);
  return useRoundsStore((s) =>
    s.feedback.participantId === participantId && s.feedback.key.startsWith(`${auditId}\u0000`)
      ? s.feedback
      : empty,
  );
}
