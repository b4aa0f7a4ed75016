import { useEffect } from 'react';
import { create } from 'zustand';
import type { MethodInput } from '../../shared/api/methods.ts';
import type { AuditDetail, Response } from '../../shared/api/models.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { AuditResults } from '../../shared/scoring/results.ts';
import { api } from '../api.ts';

/** An answer the window could not save: shown until it is saved or given up, never silently dropped. */
export type FailedSave = {
  readonly participantId: string;
  readonly itemId: string;
  readonly value: number | null;
  readonly note?: string;
  readonly message: string;
};

type SaveState = {
  readonly pending: number;
  readonly lastSavedAt: number | null;
  readonly failed: readonly FailedSave[];
};

type AuditState = {
  readonly auditId: string | null;
  readonly detail: AuditDetail | null;
  readonly results: AuditResults | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly save: SaveState;
  readonly load: (id: string) => Promise<void>;
  readonly refreshResults: () => Promise<void>;
  readonly saveResponse: (
    participantId: string,
    itemId: string,
    value: number | null,
    note?: string,
  ) => Promise<boolean>;
  readonly clearResponse: (participantId: string, itemId: string) => Promise<void>;
  readonly retryFailed: () => Promise<void>;
  /** Runs a change through the API and reloads the audit; returns the error message or null. */
  readonly change: <T>(call: () => Promise<ApiResult<T>>) => Promise<string | null>;
  readonly update: (fields: Omit<MethodInput<'audits.update'>, 'id'>) => Promise<string | null>;
};

const key = (participantId: string, itemId: string) => `${participantId}\u0000${itemId}`;

function withResponse(detail: AuditDetail, response: Response): AuditDetail {
  const others = detail.responses.filter(
    (r) => key(r.participantId, r.itemId) !== key(response.participantId, response.itemId),
  );
  return { ...detail, responses: [...others, response] };
}

/** The audit being worked on: its detail, its results from the API, and the state of every save. */
export const useAuditStore = create<AuditState>()((set, get) => ({
  auditId: null,
  detail: null,
  results: null,
  status: 'idle',
  error: null,
  save: { pending: 0, lastSavedAt: null, failed: [] },

  load: async (id) => {
    if (get().auditId !== id)
      set({ auditId: id, detail: null, results: null, status: 'loading', error: null });
    const [detail, results] = await Promise.all([api['audits.get']({ id }), api['audits.results']({ id })]);
    if (get().auditId !== id) return;
    if (!detail.ok) return set({ status: 'error', error: detail.error.message });
    set({ detail: detail.value, results: results.ok ? results.value : null, status: 'ready', error: null });
  },

  refreshResults: async () => {
    const id = get().auditId;
    if (!id) return;
    const results = await api['audits.results']({ id });
    if (results.ok && get().auditId === id) set({ results: results.value });
  },

  saveResponse: async (participantId, itemId, value, note) => {
    const { auditId, detail } = get();
    if (!auditId || !detail) return false;
    const previous = detail.responses.find((r) => r.participantId === participantId && r.itemId === itemId);
    // Show the answer at once; the saved indicator says when it is on disk.
    set({
      detail: withResponse(detail, {
        participantId,
        itemId,
        value,
        note: note ?? previous?.note ?? '',
        updatedAt: previous?.updatedAt ?? '',
      }),
      save: { ...get().save, pending: get().save.pending + 1 },
    });
    const result = await api['responses.save']({
      auditId,
      participantId,
      itemId,
      value,
      ...(note === undefined ? {} : { note }),
    });
    const save = get().save;
    const failed = save.failed.filter((f) => key(f.participantId, f.itemId) !== key(participantId, itemId));
    if (result.ok) {
      const current = get().detail;
      set({
        detail: current && current.id === auditId ? withResponse(current, result.value) : current,
        save: { pending: save.pending - 1, lastSavedAt: Date.now(), failed },
      });
      return true;
    }
    set({
      save: {
        ...save,
        pending: save.pending - 1,
        failed: [
          ...failed,
          {
            participantId,
            itemId,
            value,
            ...(note === undefined ? {} : { note }),
            message: result.error.message,
          },
        ],
      },
    });
    return false;
  },

  clearResponse: async (participantId, itemId) => {
    const { auditId, detail } = get();
    if (!auditId || !detail) return;
    const result = await api['responses.clear']({ auditId, participantId, itemId });
    if (result.ok) {
      set({
        detail: {
          ...detail,
          responses: detail.responses.filter(
            (r) => key(r.participantId, r.itemId) !== key(participantId, itemId),
          ),
        },
        save: { ...get().save, lastSavedAt: Date.now() },
      });
    }
  },

  retryFailed: async () => {
    for (const f of get().save.failed) await get().saveResponse(f.participantId, f.itemId, f.value, f.note);
  },

  change: async (call) => {
    const result = await call();
    const id = get().auditId;
    if (id) await get().load(id);
    return result.ok ? null : result.error.message;
  },

  update: (fields) => {
    const id = get().auditId;
    if (!id) return Promise.resolve('No audit is open.');
    return get().change(() => api['audits.update']({ id, ...fields }));
  },
}));

/**
 * The open audit's results, fetched again when a view that shows them mounts: answers may have
 * changed since, and every number comes from the API's scoring, never from the window.
 */
export function useFreshResults(): AuditResults | null {
  const refreshResults = useAuditStore((s) => s.refreshResults);
  useEffect(() => {
    void refreshResults();
  }, [refreshResults]);
  return useAuditStore((s) => s.results);
}
