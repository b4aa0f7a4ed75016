import type { AuditDetail, Consensus, Response } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';
import { applyEdit } from './edit.ts';
import type { AuditState, AuditStoreAccess, FailedSave } from './state.ts';

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
  a.kind === kind && 'itemId' in a && a.itemId === itemId;

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

function withoutResponse(detail: AuditDetail, participantId: string, itemId: string): AuditDetail {
  return {
    ...detail,
    responses: detail.responses.filter((r) => key(r.participant, r.item) !== key(participantId, itemId)),
  };
}

type AnswerActions = Pick<
  AuditState,
  | 'saveResponse'
  | 'clearResponse'
  | 'retryFailed'
  | 'draftDiscussion'
  | 'flushDrafts'
  | 'saveDiscussion'
  | 'saveConsensus'
>;

/**
 * Answers, discussion notes and consensus: shown at once and saved behind, with the saved
 * indicator saying when they are on disk and every failed save kept until it is saved.
 */
export function answerActions(access: AuditStoreAccess): AnswerActions {
  const { get, set } = access;
  return {
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
        applyEdit(access, auditId, result.value, withResponse);
        set({ save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed } });
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
        applyEdit(access, auditId, result.value, (current) =>
          withoutResponse(current, participantId, itemId),
        );
        set({ save: { ...get().save, lastSavedAt: Date.now() } });
      }
    },

    retryFailed: async () => {
      for (const f of get().save.failed) {
        if (f.kind === 'response') await get().saveResponse(f.participantId, f.itemId, f.value, f.note);
        else if (f.kind === 'discussion') await get().saveDiscussion(f.itemId, f.note);
        else if (f.kind === 'commentary') await get().saveCommentary(f.dimensionId, f.text);
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
      const items =
        itemId === undefined ? Object.keys(drafts) : Object.hasOwn(drafts, itemId) ? [itemId] : [];
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
      const save = get().save;
      const failed = save.failed.filter((f) => !isSame(f, 'discussion', itemId));
      if (!isLatest()) {
        if (result.ok) applyEdit(access, auditId, result.value, null);
        set({ save: { ...save, pending: save.pending - 1 } });
      } else if (result.ok) {
        applyEdit(access, auditId, result.value, (current, saved) =>
          withDiscussion(current, itemId, saved.note),
        );
        set({ save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed } });
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
      const save = get().save;
      const failed = save.failed.filter((f) => !isSame(f, 'consensus', itemId));
      if (!isLatest()) {
        if (result.ok) applyEdit(access, auditId, result.value, null);
        set({ save: { ...save, pending: save.pending - 1 } });
      } else if (result.ok) {
        // A consensus changes the item's team value: the results are fetched again.
        applyEdit(access, auditId, result.value, (current, saved) => withConsensus(current, itemId, saved));
        set({ save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed } });
      } else {
        const failure = { kind: 'consensus', itemId, value, message: result.error.message } as const;
        set({ save: { ...save, pending: save.pending - 1, failed: [...failed, failure] } });
      }
      return result.ok;
    },
  };
}
