import { create } from 'zustand';
import type { AuditSummary } from '../../shared/api/models.ts';
import { api } from '../api.ts';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** A file whose audit is already here, with that audit's id and title. */
export type PendingImport = {
  readonly text: string;
  readonly fileName: string;
  readonly auditId: string;
  readonly title: string;
};

type AuditListState = {
  readonly audits: readonly AuditSummary[];
  readonly trash: readonly AuditSummary[];
  readonly status: Status;
  readonly error: string | null;
  /** A message for the last action on the list (imported, moved to the trash…), with an undo when there is one. */
  readonly notice: { readonly text: string; readonly undo?: () => Promise<void> } | null;
  readonly load: () => Promise<void>;
  readonly create: (input: {
    organization: string;
    title: string;
    date: string;
    facilitator?: string;
  }) => Promise<string | null>;
  readonly duplicate: (id: string) => Promise<string | null>;
  readonly trashAudit: (id: string) => Promise<void>;
  readonly restore: (id: string) => Promise<void>;
  readonly purge: (id: string) => Promise<void>;
  /**
   * Imports an audit file and returns the new audit's id. When the file's audit is already
   * here it imports nothing, sets `pendingImport` and returns null: the home view asks.
   */
  readonly importText: (text: string, fileName: string) => Promise<string | null>;
  /** An import waiting for the user's choice: the file's audit is already on this computer. */
  readonly pendingImport: PendingImport | null;
  /** Answers `pendingImport`: the id of the audit to open (the existing one, or the copy), or null. */
  readonly resolveImport: (choice: 'open' | 'copy' | 'cancel') => Promise<string | null>;
  readonly exportFile: (id: string) => Promise<{ fileName: string; text: string } | null>;
  readonly dismissNotice: () => void;
};

/** The list of audits on this machine (and in the trash), for the home view; the open audit is useAuditStore. */
export const useAuditListStore = create<AuditListState>()((set, get) => {
  const fail = (message: string) => set({ notice: null, error: message });
  return {
    audits: [],
    trash: [],
    status: 'idle',
    error: null,
    notice: null,
    load: async () => {
      set({ status: get().status === 'ready' ? 'ready' : 'loading' });
      const [live, trashed] = await Promise.all([
        api['audits.list']({}),
        api['audits.list']({ trash: true }),
      ]);
      if (!live.ok) return set({ status: 'error', error: live.error.message });
      set({ audits: live.value, trash: trashed.ok ? trashed.value : [], status: 'ready', error: null });
    },
    create: async (input) => {
      const result = await api['audits.create'](input);
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      await get().load();
      return result.value.id;
    },
    duplicate: async (id) => {
      const result = await api['audits.duplicate']({ id });
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      await get().load();
      set({ notice: { text: `Started "${result.value.title}".` } });
      return result.value.id;
    },
    trashAudit: async (id) => {
      const result = await api['audits.trash']({ id });
      if (!result.ok) return fail(result.error.message);
      await get().load();
      set({ notice: { text: `Moved "${result.value.title}" to the trash.`, undo: () => get().restore(id) } });
    },
    restore: async (id) => {
      const result = await api['audits.restore']({ id });
      if (!result.ok) return fail(result.error.message);
      await get().load();
      set({ notice: { text: `Restored "${result.value.title}".` } });
    },
    purge: async (id) => {
      const result = await api['audits.purge']({ id });
      if (!result.ok) return fail(result.error.message);
      await get().load();
      set({ notice: { text: 'Deleted for good.' } });
    },
    importText: async (text, fileName) => {
      const result = await api['files.import']({ text, ifExists: 'report' });
      if (!result.ok) {
        fail(`Could not import ${fileName}:\n${result.error.message}`);
        return null;
      }
      const { status, auditId, title } = result.value;
      if (status === 'exists') {
        set({ pendingImport: { text, fileName, auditId, title }, notice: null, error: null });
        return null;
      }
      await get().load();
      set({ notice: { text: `Imported ${fileName}.` } });
      return auditId;
    },
    pendingImport: null,
    resolveImport: async (choice) => {
      const pending = get().pendingImport;
      set({ pendingImport: null });
      if (!pending || choice === 'cancel') return null;
      if (choice === 'open') return pending.auditId;
      const result = await api['files.import']({ text: pending.text, ifExists: 'copy' });
      if (!result.ok) {
        fail(`Could not import ${pending.fileName}:\n${result.error.message}`);
        return null;
      }
      await get().load();
      set({ notice: { text: `Imported ${pending.fileName} as a copy of “${pending.title}”.` } });
      return result.value.auditId;
    },
    exportFile: async (id) => {
      const result = await api['files.export']({ id });
      if (!result.ok) {
        fail(result.error.message);
        return null;
      }
      return { fileName: result.value.fileName, text: result.value.text };
    },
    dismissNotice: () => set({ notice: null, error: null }),
  };
});
