import { create } from 'zustand';
import type { ReportPreview } from '../../shared/api/models.ts';
import { api, fetchMadeFile } from '../api.ts';

/** What an export did: saved by the desktop shell, or bytes for the browser to download. */
export type ExportOutcome =
  | {
      readonly ok: true;
      readonly message: string;
      readonly download?: { fileName: string; bytes: ArrayBuffer; type?: string };
    }
  | { readonly ok: false; readonly message: string };

/** The report preview for one set of choices: `key` names the audit, the anonymity and the audit's version. */
export type PreviewState = {
  readonly key: string;
  readonly value: ReportPreview | null;
  readonly error: string | null;
};

/** The exports beside the PDF, each made by its own method (shared/api/methods/exports.ts). */
export type ExportFormat = 'xlsx' | 'csv' | 'pptx';

const EXPORTS = {
  xlsx: { method: 'exports.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { method: 'exports.csv', type: 'application/zip' },
  pptx: {
    method: 'exports.pptx',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
} as const;

type ReportState = {
  readonly preview: PreviewState;
  /** Checks what the export will produce (warnings, file name, name replacements) for these choices. */
  readonly checkReport: (auditId: string, anonymous: boolean, key: string) => Promise<void>;
  /**
   * Exports the PDF through report.export, which makes the file and never writes it: in the
   * desktop app the main process asks where to save it, in the browser it is downloaded.
   */
  readonly exportReport: (
    auditId: string,
    options: { anonymous: boolean; includeAppendix: boolean },
  ) => Promise<ExportOutcome>;
  /**
   * Exports the workbook, the CSV tables (one zip) or the deck, with the same anonymity as
   * the PDF: saved where the desktop's dialog says, or downloaded in the browser.
   */
  readonly exportResults: (
    auditId: string,
    format: ExportFormat,
    anonymous: boolean,
  ) => Promise<ExportOutcome>;
};

let latestCheck = 0;

/** The Report step's check before an export, and the export itself. */
export const useReportStore = create<ReportState>()((set) => ({
  preview: { key: '', value: null, error: null },

  checkReport: async (auditId, anonymous, key) => {
    const mine = ++latestCheck;
    set({ preview: { key, value: null, error: null } });
    const result = await api['report.preview']({ id: auditId, anonymous });
    if (mine !== latestCheck) return;
    set({
      preview: result.ok
        ? { key, value: result.value, error: null }
        : { key, value: null, error: result.error.message },
    });
  },

  exportReport: async (auditId, options) => {
    const input = { id: auditId, ...options };
    if (window.realityCheck) {
      const result = await api['report.export'](input);
      if (!result.ok) return { ok: false, message: result.error.message };
      return { ok: true, message: `Saved ${result.value.path} (${result.value.pages} pages).` };
    }
    const result = await fetchMadeFile('report.export', input);
    if (!result.ok) return { ok: false, message: result.error.message };
    const { fileName, bytes, details } = result.value;
    const pages = (details as { pages?: unknown } | null)?.pages;
    return {
      ok: true,
      message: `Downloaded ${fileName}${typeof pages === 'number' ? ` (${pages} pages)` : ''}.`,
      download: { fileName, bytes },
    };
  },

  exportResults: async (auditId, format, anonymous) => {
    const { method, type } = EXPORTS[format];
    const input = { id: auditId, anonymous };
    if (window.realityCheck) {
      const result = await api[method](input);
      if (!result.ok) return { ok: false, message: result.error.message };
      return { ok: true, message: `Saved ${result.value.path}.` };
    }
    const result = await fetchMadeFile(method, input);
    if (!result.ok) return { ok: false, message: result.error.message };
    const { fileName, bytes } = result.value;
    return { ok: true, message: `Downloaded ${fileName}.`, download: { fileName, bytes, type } };
  },
}));
