import type { AuditDetail } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';

type Outcome =
  | {
      readonly ok: true;
      readonly message: string;
      readonly download?: { fileName: string; bytes: ArrayBuffer };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Exports the PDF: in the desktop app through the API (the main process asks where to save),
 * in the browser by downloading it from the loopback server.
 */
export async function exportReport(
  detail: AuditDetail,
  options: { anonymous: boolean; includeAppendix: boolean },
): Promise<Outcome> {
  if (window.realityCheck) {
    const result = await api['report.export']({ id: detail.id, ...options });
    if (!result.ok) return { ok: false, message: result.error.message };
    return { ok: true, message: `Saved ${result.value.path} (${result.value.pages} pages).` };
  }
  const query = new URLSearchParams({
    audit: detail.id,
    anonymous: options.anonymous ? '1' : '0',
    appendix: options.includeAppendix ? '1' : '0',
  });
  try {
    const response = await fetch(`/download/report?${query.toString()}`, { credentials: 'same-origin' });
    if (!response.ok)
      return {
        ok: false,
        message: (await response.text()) || `The report could not be written (${response.status}).`,
      };
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const fileName =
      (encoded ? decodeURIComponent(encoded) : /filename="([^"]+)"/.exec(disposition)?.[1]) ??
      'readiness-report.pdf';
    const pages = response.headers.get('X-Report-Pages');
    return {
      ok: true,
      message: `Downloaded ${fileName}${pages ? ` (${pages} pages)` : ''}.`,
      download: { fileName, bytes: await response.arrayBuffer() },
    };
  } catch (error) {
    return {
      ok: false,
      message: `The report could not be downloaded (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
