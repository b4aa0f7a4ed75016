import { useEffect } from 'react';
import { create } from 'zustand';
import type { MethodInput } from '../../shared/api/methods.ts';
import type { AuditDetail, Consensus, Response } from '../../shared/api/models.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { AuditResults } from '../../shared/scoring/results.ts';
import { api } from '../api.ts';

/** An answer the window could not save: shown until it is saved or given up, never silently dropped. */
export type FailedSave =
  | {
      readonly kind: 'response';
      readonly participantId: string;
      readonly itemId: string;
      readonly value: number | null;
      readonly note?: string;
      readonly message: string;
    }
  | { readonly kind: 'discussion'; readonly itemId: string; readonly note: string; readonly message: string }
  | {
      readonly kind: 'consensus';
      readonly itemId: string;
      readonly value: number | null;
      readonly message: string;
    };

type SaveState = {
  readonly pending: number;
  readonly lastSavedAt: number | null;
  readonly failed: readonly FailedSave[];
  /** Discussion notes typed but not sent yet (item id → text): on screen, saved within a moment. */
  readonly drafts: Readonly<Record<string, string>>;
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
  /** Keeps what is typed in an item's discussion note and saves it once typing pauses. */
  readonly draftDiscussion: (itemId: string, note: string) => void;
  /** Sends every discussion note not saved yet, now: on blur, on leaving an item or the page. */
  readonly flushDrafts: (itemId?: string) => void;
  /** Saves an item's discussion note; an empty note removes it. */
  readonly saveDiscussion: (itemId: string, note: string) => Promise<boolean>;
  /** Records the team's consensus on an item (null removes it), keeping any consensus note. */
  readonly saveConsensus: (itemId: string, value: number | null) => Promise<boolean>;
  /** Runs a change through the API and reloads the audit; returns the error message or null. */
  readonly change: <T>(call: () => Promise<ApiResult<T>>) => Promise<string | null>;
  readonly update: (fields: Omit<MethodInput<'audits.update'>, 'id'>) => Promise<string | null>;
  /** Starts the reveal (answers lock, the reveal and results open); returns the error message or null. */
  readonly startReveal: () => Promise<string | null>;
  /** Reopens blind scoring after a reveal; returns the error message or null. */
  readonly reopenScoring: () => Promise<string | null>;
};

const key = (participantId: string, itemId: string) => `${participantId}\u0000${itemId}`;

/** How long typing must pause before a discussion note is saved. */
export const DRAFT_DELAY_MS = 400;
const draftTimers = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * The latest save of each item's note and consensus. Every save is sent at once (so one made
 * while the page unloads still leaves), in order over one channel; only the latest one's
 * answer updates the window, so a slow earlier answer never undoes a later edit.
 */
const latestSave = new Map<string, number>();
let saveCounter = 0;
function startSave(what: string): () => boolean {
  const mine = ++saveCounter;
  latestSave.set(what, mine);
  return () => latestSave.get(what) === mine;
}

const isSame = (a: FailedSave, kind: FailedSave['kind'], itemId: string) =>
  a.kind === kind && a.itemId === itemId;

function withDiscussion(detail: AuditDetail, itemId: string, note: string): AuditDetail {
  const others = detail.discussion.filter((d) => d.item !== itemId);
  return { ...detail, discussion: note.trim() === '' ? others : [...others, { item: itemId, note }] };
}

function withConsensus(detail: AuditDetail, itemId: string, consensus: Consensus | null): AuditDetail {
  const others = detail.consensus.filter((c) => c.item !== itemId);
  return { ...detail, consensus: consensus ? [...others, consensus] : others };
}

function withResponse(detail: AuditDetail, response: Response): AuditDetail {
  const others = detail.responses.filter(
    (r) => key(r.participant, r.item) !== key(response.participant, response.item),
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
  save: { pending: 0, lastSavedAt: null, failed: [], drafts: {} },

  load: async (id) => {
    if (get().auditId !== id) get().flushDrafts();
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
    const previous = detail.responses.find((r) => r.participant === participantId && r.item === itemId);
    // Show the answer at once; the saved indicator says when it is on disk.
    set({
      detail: withResponse(detail, {
        participant: participantId,
        item: itemId,
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
    const failed = save.failed.filter(
      (f) => f.kind !== 'response' || key(f.participantId, f.itemId) !== key(participantId, itemId),
    );
    if (result.ok) {
      const current = get().detail;
      set({
        detail: current && current.id === auditId ? withResponse(current, result.value) : current,
        save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed },
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
            kind: 'response',
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
            (r) => key(r.participant, r.item) !== key(participantId, itemId),
          ),
        },
        save: { ...get().save, lastSavedAt: Date.now() },
      });
    }
  },

  retryFailed: async () => {
    for (const f of get().save.failed) {
      if (f.kind === 'response') await get().saveResponse(f.participantId, f.itemId, f.value, f.note);
      else if (f.kind === 'discussion') await get().saveDiscussion(f.itemId, f.note);
      else await get().saveConsensus(f.itemId, f.value);
    }
  },

  draftDiscussion: (itemId, note) => {
    const save = get().save;
    set({ save: { ...save, drafts: { ...save.drafts, [itemId]: note } } });
    clearTimeout(draftTimers.get(itemId));
    draftTimers.set(
      itemId,
      setTimeout(() => get().flushDrafts(itemId), DRAFT_DELAY_MS),
    );
  },

  flushDrafts: (itemId) => {
    const { drafts } = get().save;
    const items = itemId === undefined ? Object.keys(drafts) : Object.hasOwn(drafts, itemId) ? [itemId] : [];
    if (items.length === 0) return;
    const rest = { ...drafts };
    for (const id of items) {
      clearTimeout(draftTimers.get(id));
      draftTimers.delete(id);
      delete rest[id];
    }
    set({ save: { ...get().save, drafts: rest } });
    for (const id of items) void get().saveDiscussion(id, drafts[id] ?? '');
  },

  saveDiscussion: async (itemId, note) => {
    const { auditId, detail } = get();
    if (!auditId || !detail) return false;
    const isLatest = startSave(`discussion\u0000${auditId}\u0000${itemId}`);
    // On screen at once (the field shows it), on disk when the indicator says so.
    set({
      detail: withDiscussion(detail, itemId, note),
      save: { ...get().save, pending: get().save.pending + 1 },
    });
    const result = await api['discussion.set']({ auditId, itemId, note });
    const { save, detail: current } = get();
    const failed = save.failed.filter((f) => !isSame(f, 'discussion', itemId));
    if (!isLatest()) {
      set({ save: { ...save, pending: save.pending - 1 } });
    } else if (result.ok) {
      set({
        detail: current?.id === auditId ? withDiscussion(current, itemId, result.value.note) : current,
        save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed },
      });
    } else {
      const failure = { kind: 'discussion', itemId, note, message: result.error.message } as const;
      set({ save: { ...save, pending: save.pending - 1, failed: [...failed, failure] } });
    }
    return result.ok;
  },

  saveConsensus: async (itemId, value) => {
    const { auditId, detail } = get();
    if (!auditId || !detail) return false;
    const isLatest = startSave(`consensus\u0000${auditId}\u0000${itemId}`);
    // The value is chosen here; a consensus note (from an imported file) is kept as it was.
    const note = detail.consensus.find((c) => c.item === itemId)?.note ?? '';
    set({
      detail: withConsensus(detail, itemId, value === null ? null : { item: itemId, value, note }),
      save: { ...get().save, pending: get().save.pending + 1 },
    });
    const result = await api['consensus.set']({ auditId, itemId, value, note });
    const { save, detail: current } = get();
    const failed = save.failed.filter((f) => !isSame(f, 'consensus', itemId));
    if (!isLatest()) {
      set({ save: { ...save, pending: save.pending - 1 } });
    } else if (result.ok) {
      set({
        detail: current?.id === auditId ? withConsensus(current, itemId, result.value) : current,
        save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed },
      });
      // A consensus changes the item's team value, and with it the results.
      await get().refreshResults();
    } else {
      const failure = { kind: 'consensus', itemId, value, message: result.error.message } as const;
      set({ save: { ...save, pending: save.pending - 1, failed: [...failed, failure] } });
    }
    return result.ok;
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

  startReveal: () => {
    const id = get().auditId;
    if (!id) return Promise.resolve('No audit is open.');
    return get().change(() => api['audits.startReveal']({ id }));
  },

  reopenScoring: () => {
    const id = get().auditId;
    if (!id) return Promise.resolve('No audit is open.');
    return get().change(() => api['audits.reopenScoring']({ id }));
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
