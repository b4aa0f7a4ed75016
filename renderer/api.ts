import { createClient, type ApiClient, type Transport } from '../shared/api/client.ts';
import type { ApiResult } from '../shared/api/result.ts';

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

/** Calls over HTTP to the loopback binding; the session cookie set with the page carries the token. */
const httpTransport: Transport = async (method, input) => {
  const body = JSON.stringify(input ?? {});
  const size = new TextEncoder().encode(body).length;
  const keepalive = keepaliveInFlight + size <= KEEPALIVE_BUDGET_BYTES;
  if (keepalive) keepaliveInFlight += size;
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'same-origin',
      keepalive,
    });
    if (response.status === 403) {
      return {
        ok: false,
        error: {
          code: 'forbidden',
          message: 'This page’s session has ended. Open the address printed by "npm run web" again.',
        },
      };
    }
    return (await response.json()) as ApiResult<unknown>;
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'storage',
        message: `Reality Check’s server did not answer (${error instanceof Error ? error.message : String(error)}). Is it still running?`,
      },
    };
  } finally {
    if (keepalive) keepaliveInFlight -= size;
  }
};

function pickTransport(): Transport {
  const bridge = typeof window === 'undefined' ? undefined : window.realityCheck;
  if (!bridge) return httpTransport;
  return (method, input) => (bridge[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input);
}

/** The one way the renderer reaches the services: every store calls this and nothing else. */
export const api: ApiClient = createClient((method, input) => pickTransport()(method, input));
