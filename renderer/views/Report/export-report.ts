import type { AuditDetail } from '../../../shared/api/models.ts';
import { api, fetchMadeFile } from '../../api.ts';

type Outcome =
  | {
      readonly ok: true;
      readonly message: string;
      readonly download?: { fileName: string; bytes: ArrayBuffer };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Exports the PDF through report.export, which makes the file and never writes it: in the
 * desktop app the main process asks where to save it, in the browser it is downloaded.
 */
export async function exportReport(
  detail: AuditDetail,
  options: { anonymous: boolean; includeAppendix: boolean },
): Promise<Outcome> {
  const input = { id: detail.id, ...options };
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
}
