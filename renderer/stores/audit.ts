import { useEffect } from 'react';
import { create } from 'zustand';
import type { AuditResults } from '../../shared/scoring/results.ts';
import { api } from '../api.ts';
import { answerActions } from './audit/answers.ts';
import { detailActions } from './audit/details.ts';
import { nextRevision } from './audit/edit.ts';
import { groupActions } from './audit/groups.ts';
import { planActions } from './audit/plan.ts';
import { preworkActions } from './audit/prework.ts';
import { roundActions } from './audit/rounds.ts';
import type { AuditState, AuditStoreAccess } from './audit/state.ts';

export { DRAFT_DELAY_MS } from './audit/answers.ts';
export type { AuditState, FailedSave, Fields } from './audit/state.ts';
export type { MergeOutcome } from './audit/prework.ts';

/** The results being fetched, by audit and revision, so a change is scored once however many views ask. */
let fetchingResults: string | null = null;

/**
 * The audit being worked on: its detail, its results from the API, and the state of every
 * save. Opening an audit loads both once. After that each saved edit puts the row it changed
 * into the detail, and the results are fetched again once per change, when a view shows them:
 * no view reloads the audit, and moving between steps fetches nothing.
 */
export const useAuditStore = create<AuditState>()((set, get) => {
  const access: AuditStoreAccess = { get, set };
  return {
    auditId: null,
    detail: null,
    results: null,
    revision: 0,
    resultsRevision: 0,
    previous: null,
    status: 'idle',
    error: null,
    save: { pending: 0, lastSavedAt: null, failed: [], drafts: {} },

    load: async (id) => {
      if (get().auditId !== id) {
        get().flushDrafts();
        set({ auditId: id, detail: null, results: null, previous: null, status: 'loading', error: null });
      }
      const [detail, results] = await Promise.all([api['audits.get']({ id }), api['audits.results']({ id })]);
      if (get().auditId !== id) return;
      if (!detail.ok) return set({ status: 'error', error: detail.error.message });
      const revision = nextRevision();
      set({
        detail: detail.value,
        results: results.ok ? results.value : null,
        revision,
        // Results that could not be scored are asked for again when a view shows them.
        resultsRevision: results.ok ? revision : 0,
        status: 'ready',
        error: null,
      });
    },

    refreshResults: async () => {
      const { auditId, revision, resultsRevision } = get();
      const fetching = `${auditId}\u0000${revision}`;
      if (!auditId || resultsRevision === revision || fetchingResults === fetching) return;
      fetchingResults = fetching;
      const results = await api['audits.results']({ id: auditId });
      if (fetchingResults === fetching) fetchingResults = null;
      // Results of a later change may have arrived first; they stay.
      if (results.ok && get().auditId === auditId && revision > get().resultsRevision)
        set({ results: results.value, resultsRevision: revision });
    },

    loadPrevious: async () => {
      const previousId = get().detail?.previousAuditId;
      if (!previousId || get().previous?.auditId === previousId) return;
      set({ previous: { auditId: previousId, results: null } });
      const results = await api['audits.results']({ id: previousId });
      if (get().previous?.auditId === previousId)
        set({ previous: { auditId: previousId, results: results.ok ? results.value : null } });
    },

    ...answerActions(access),
    ...detailActions(access),
    ...groupActions(access),
    ...planActions(access),
    ...preworkActions(access),
    ...roundActions(access),
  };
});

/**
 * The open audit's results, for a view that shows them: fetched again once after a change was
 * saved, and not at all when nothing changed since they were fetched (moving between steps).
 */
export function useAuditResults(): AuditResults | null {
  const stale = useAuditStore((s) => (s.resultsRevision === s.revision ? null : s.revision));
  const refreshResults = useAuditStore((s) => s.refreshResults);
  useEffect(() => {
    if (stale !== null) void refreshResults();
  }, [stale, refreshResults]);
  return useAuditStore((s) => s.results);
}

/*
 * A note typed a moment ago is saved before the page goes away: on reload, on closing the
 * window, or when the laptop is put to sleep with the window hidden.
 */
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => useAuditStore.getState().flushDrafts());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') useAuditStore.getState().flushDrafts();
  });
}
