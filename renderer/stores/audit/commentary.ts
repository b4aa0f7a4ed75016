import type { AuditDetail, Commentary } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';
import { DRAFT_DELAY_MS } from './answers.ts';
import { applyEdit } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

/** The key of a commentary draft: the dimension's id, or '' for the summary. */
const keyOf = (dimensionId: string | null): string => dimensionId ?? '';
const dimensionOf = (key: string): string | null => (key === '' ? null : key);

const timers = new Map<string, ReturnType<typeof setTimeout>>();
const latest = new Map<string, number>();
let counter = 0;

/** The commentary with one text changed, as the window shows it while it saves. */
function withText(commentary: Commentary, dimensionId: string | null, text: string): Commentary {
  if (dimensionId === null) return { ...commentary, summary: text };
  const others = commentary.dimensions.filter((c) => c.dimension !== dimensionId);
  return {
    ...commentary,
    dimensions: text.trim() === '' ? others : [...others, { dimension: dimensionId, text }],
  };
}

const withCommentary = (detail: AuditDetail, commentary: Commentary): AuditDetail => ({
  ...detail,
  commentary,
});

type CommentaryActions = Pick<AuditState, 'draftCommentary' | 'flushCommentary' | 'saveCommentary'>;

/**
 * The consultant's commentary: typed in the Report step, shown at once and saved once typing
 * pauses (like the discussion notes), on leaving the field and on leaving the step; a failed
 * save stays in the saved indicator until it is saved.
 */
export function commentaryActions(access: AuditStoreAccess): CommentaryActions {
  const { get, set } = access;
  return {
    draftCommentary: (dimensionId, text) => {
      const key = keyOf(dimensionId);
      set({ commentaryDrafts: { ...get().commentaryDrafts, [key]: text } });
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => get().flushCommentary(), DRAFT_DELAY_MS),
      );
    },

    flushCommentary: () => {
      const drafts = get().commentaryDrafts;
      const keys = Object.keys(drafts);
      if (keys.length === 0) return;
      for (const key of keys) {
        clearTimeout(timers.get(key));
        timers.delete(key);
      }
      set({ commentaryDrafts: {} });
      for (const key of keys) void get().saveCommentary(dimensionOf(key), drafts[key] ?? '');
    },

    saveCommentary: async (dimensionId, text) => {
      const { auditId, detail } = get();
      if (!auditId || !detail) return 'No audit is open.';
      const key = `${auditId}\u0000${keyOf(dimensionId)}`;
      const mine = ++counter;
      latest.set(key, mine);
      set({
        detail: withCommentary(detail, withText(detail.commentary, dimensionId, text)),
        save: { ...get().save, pending: get().save.pending + 1 },
      });
      const result = await api['commentary.set']({
        auditId,
        text,
        ...(dimensionId === null ? {} : { dimensionId }),
      });
      const save = get().save;
      const failed = save.failed.filter(
        (f) => f.kind !== 'commentary' || keyOf(f.dimensionId) !== keyOf(dimensionId),
      );
      if (latest.get(key) !== mine) {
        // A later edit of the same text is on screen; this answer only moves the revision.
        if (result.ok) applyEdit(access, auditId, result.value, null);
        set({ save: { ...save, pending: save.pending - 1 } });
        return result.ok ? null : result.error.message;
      }
      if (result.ok) {
        applyEdit(access, auditId, result.value, withCommentary);
        set({ save: { ...save, pending: save.pending - 1, lastSavedAt: Date.now(), failed } });
        return null;
      }
      const failure = { kind: 'commentary', dimensionId, text, message: result.error.message } as const;
      set({ save: { ...save, pending: save.pending - 1, failed: [...failed, failure] } });
      return result.error.message;
    },
  };
}
