import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../common/csp.ts';
import { readStatic } from '../common/static-files.ts';

/** The scheme the window's page is served on, instead of file:// (Electron's checklist, item 18). */
export const APP_SCHEME = 'app';
/** The one host of that scheme: the built renderer. */
export const APP_HOST = 'reality-check';
/** The only page the window may show; the router lives in its hash. */
export const APP_PAGE = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How the scheme is registered before the app is ready: standard (relative URLs and an
 * origin of its own), secure (like https), with fetch and V8's code cache. Nothing more:
 * no bypassing the CSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
} as const;

/** What the protocol handler answers: a plain value, turned into a Response by the shell. */
export type AppResponse = {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | string;
};

/** Headers on every answer: the strict CSP (enforced even if the meta tag were removed), no sniffing. */
export function appHeaders(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

const text = (status: number, message: string): AppResponse => ({
  status,
  headers: appHeaders('text/plain; charset=utf-8'),
  body: message,
});

/**
 * Answers one app:// request from the built renderer folder: GET (or HEAD) of a file under it,
 * on our host only. Anything else, a path that climbs out of the folder included, is refused.
 */
export async function serveAppRequest(
  request: { readonly url: string; readonly method: string },
  rendererDir: string,
): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return text(400, 'Bad request.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, 'Not found.');
  let file: Awaited<ReturnType<typeof readStatic>>;
  try {
    file = await readStatic(path.resolve(rendererDir), url.pathname);
  } catch {
    return text(400, 'Bad request.');
  }
  if (!file) return text(404, 'Not found.');
  return { status: 200, headers: appHeaders(file.type), body: request.method === 'HEAD' ? '' : file.body };
}
