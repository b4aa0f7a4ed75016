import type { MethodInput, MethodName, MethodReply } from './methods.ts';
import type { ApiResult } from './result.ts';

/** The API as a caller sees it: every method, taking its input and resolving to a result envelope. */
export type ApiClient = {
  readonly [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodReply<M>>>;
};

/** How one call travels: IPC in the desktop app, HTTP in the browser binding, a direct call in tests. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * Builds the typed client over a transport; a transport is a few lines, not a second API.
 * A proxy, so the window's bundle carries the method types but not the schemas: the other
 * side validates every input anyway.
 */
export function createClient(transport: Transport): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_target, name) =>
      typeof name === 'string' ? (input: unknown) => transport(name as MethodName, input) : undefined,
  });
}
