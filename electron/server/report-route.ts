import { methods } from '../../shared/api/methods.ts';
import { formatPath } from '../../shared/audit-file/validate.ts';
import type { Store } from '../db/store.ts';
import { toApiError } from '../services/dispatch.ts';
import { renderAuditReport } from '../services/report.ts';
import type { Route } from './server.ts';

/**
 * The download's file name: as it is when plain ASCII; otherwise an ASCII stand-in plus the
 * real name (山田, Ольга) percent-encoded in UTF-8 (RFC 6266), since a header is Latin-1.
 */
export function contentDisposition(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName) && !/["\\]/.test(fileName)) return `attachment; filename="${fileName}"`;
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** `GET /download/report?audit=ID&anonymous=1&appendix=1`: the PDF as a download, for the browser binding. */
export function reportRoute(store: Store): Route {
  return async (_request, url, response) => {
    if (url.pathname !== '/download/report') return false;
    // The same schema as report.export (without the path, which a download does not need).
    const parsed = methods['report.export'].input.safeParse({
      id: url.searchParams.get('audit') ?? '',
      anonymous: url.searchParams.get('anonymous') !== '0',
      includeAppendix: url.searchParams.get('appendix') !== '0',
    });
    if (!parsed.success) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(
        parsed.error.issues.map((i) => `${formatPath(i.path, '(query)')}: ${i.message}`).join('\n'),
      );
      return true;
    }
    try {
      const { pdf, pages, fileName } = await renderAuditReport(store, parsed.data);
      response.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': contentDisposition(fileName),
        'Content-Length': String(pdf.length),
        'X-Report-Pages': String(pages),
        'Cache-Control': 'no-store',
      });
      response.end(pdf);
    } catch (error) {
      const apiError = toApiError(error, store);
      response.writeHead(apiError.code === 'not-found' ? 404 : 500, {
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end(apiError.message);
    }
    return true;
  };
}
