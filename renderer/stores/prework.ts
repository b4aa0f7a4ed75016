import { create } from 'zustand';
import { api, fetchMadeFile } from '../api.ts';
import { useAuditStore } from './audit.ts';
import type { ExportOutcome } from './report.ts';

/** Whom a pre-work form is for: the whole audit, one group (its id) or one seat (a participant's id). */
export type FormTarget = { readonly seat?: string; readonly group?: string };

/** What the Set-up panel says after a merge: who joined or which seat filled, or why nothing was merged. */
export type MergeNotice = { readonly kind: 'info' | 'error'; readonly text: string };

type PreworkState = {
  readonly notice: MergeNotice | null;
  /**
   * Makes a pre-work form through files.preworkForm, which makes the file and never writes it:
   * in the desktop app the main process asks where to save it, in the browser it is downloaded.
   */
  readonly makeForm: (auditId: string, target: FormTarget) => Promise<ExportOutcome>;
  /** Merges the text of a response file into the open audit (the audit store's action) and says what happened. */
  readonly mergeFile: (text: string, fileName: string) => Promise<MergeNotice>;
  readonly dismiss: () => void;
};

const answers = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

/** The Set-up panel's pre-work forms: making them, and merging the response files that come back. */
export const usePreworkStore = create<PreworkState>()((set) => ({
  notice: null,

  makeForm: async (auditId, target) => {
    const input = { auditId, ...target };
    if (window.realityCheck) {
      const result = await api['files.preworkForm'](input);
      if (!result.ok) return { ok: false, message: result.error.message };
      return { ok: true, message: `Saved ${result.value.path}, a form for ${result.value.madeFor}.` };
    }
    const result = await fetchMadeFile('files.preworkForm', input);
    if (!result.ok) return { ok: false, message: result.error.message };
    const { fileName, bytes, details } = result.value;
    const madeFor = (details as { madeFor?: unknown } | null)?.madeFor;
    return {
      ok: true,
      message: `Downloaded ${fileName}${typeof madeFor === 'string' ? `, a form for ${madeFor}` : ''}.`,
      download: { fileName, bytes },
    };
  },

  mergeFile: async (text, fileName) => {
    const outcome = await useAuditStore.getState().mergeResponseFile(text);
    let notice: MergeNotice;
    if (!outcome.ok) {
      notice = { kind: 'error', text: `${fileName} was not merged: ${outcome.message}` };
    } else {
      const { status, seat, participant, responses } = outcome.merged;
      const anonymous = useAuditStore.getState().detail?.anonymous ?? true;
      const who = anonymous ? participant.code : `${participant.name} (${participant.code})`;
      notice = {
        kind: 'info',
        text:
          status === 'unchanged'
            ? `${fileName} was merged already (${who}); nothing changed.`
            : seat
              ? `Merged ${answers(responses.length)} into the seat of ${who}.`
              : `Merged ${answers(responses.length)} as a new participant, ${who}.`,
      };
    }
    set({ notice });
    return notice;
  },

  dismiss: () => set({ notice: null }),
}));
