import { createClient, type ApiClient, type Transport } from '../shared/api/client.ts';
import type { MethodName } from '../shared/api/methods.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { sessionToken } from './session-token.ts';

/** What the desktop preload exposes on window: the declared API, each method carried over IPC. */
export type DesktopBridge = ApiClient;

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface can extend Window
  interface Window {
    readonly realityCheck?: DesktopBridge;
  }
}

/**
 * Small requests are sent with fetch's `keepalive`, so they outlive the page: a note saved
 * while the page reloads or closes still reaches the server. Browsers refuse more than 64 KiB
 * of such requests in flight, so the window keeps below that; anything more (an imported
 * file, a burst of saves) goes as an ordinary request.
 */
const KEEPALIVE_BUDGET_BYTES = 48 * 1024;
let keepaliveInFlight = 0;

const SESSION_ENDED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This page’s session has ended. Open the address printed by "npm run web" again.',
  },
};

function unreachable(error: unknown): ApiResult<never> {
  return {
    ok: false,
    error: {
      code: 'storage',
      message: `Reality Check’s server did not answer (${error instanceof Error ? error.message : String(error)}). Is it still running?`,
    },
  };
}

/** One call to the loopback binding, with this tab's session token as a header (never a cookie). */
async function post(method: MethodName, input: unknown): Promise<Response | ApiResult<never>> {
  const token = sessionToken();
  if (!token) return SESSION_ENDED;
  const body = JSON.stringify(input ?? {});
  const size = new TextEncoder().encode(body).length;
  const keepalive = keepaliveInFlight + size <= KEEPALIVE_BUDGET_BYTES;
  if (keepalive) keepaliveInFlight += size;
  try {
    return await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      credentials: 'omit',
      keepalive,
    });
  } catch (error) {
    return unreachable(error);
  } finally {
    if (keepalive) keepaliveInFlight -= size;
  }
}

/** The envelope of an answer that is not a file; a refused token means the session is over. */
async function envelopeOf(response: Response): Promise<ApiResult<never>> {
  try {
    const result = (await response.json()) as ApiResult<never>;
    if (!result.ok && result.error.code === 'forbidden' && response.status === 403) return SESSION_ENDED;
    return result;
  } catch (error) {
    return unreachable(error);
  }
}

/** Calls over HTTP to the loopback binding. */
const httpTransport: Transport = async (method, input) => {
  const response = await post(method, input);
  return response instanceof Response ? envelopeOf(response) : response;
};

/** A file a method made (report.export), as the browser binding hands it over: bytes to download. */
export type DownloadedFile = {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
  readonly details: unknown;
};

/**
 * Calls a method that makes a file over HTTP and reads the file it answers with, for the
 * browser to download (`downloadFile`). The desktop shell saves such files itself.
 */
export async function fetchMadeFile(method: MethodName, input: unknown): Promise<ApiResult<DownloadedFile>> {
  const response = await post(method, input);
  if (!(response instanceof Response)) return response;
  if (!response.ok || (response.headers.get('Content-Type') ?? '').startsWith('application/json'))
    return envelopeOf(response);
  try {
    // The name in its own letters when the server sent it encoded (RFC 6266), else the plain one.
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const fileName =
      (encoded ? decodeURIComponent(encoded) : /filename="([^"]+)"/.exec(disposition)?.[1]) ?? 'download';
    const details: unknown = JSON.parse(response.headers.get('X-File-Details') ?? 'null');
    return { ok: true, value: { fileName, bytes: await response.arrayBuffer(), details } };
  } catch (error) {
    return unreachable(error);
  }
}

function pickTransport(): Transport {
  const bridge = typeof window === 'undefined' ? undefined : window.realityCheck;
  if (!bridge) return httpTransport;
  return (method, input) => (bridge[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input);
}

/** The one way the renderer reaches the services: every store calls this and nothing else. */
export const api: ApiClient = createClient((method, input) => pickTransport()(method, input));
