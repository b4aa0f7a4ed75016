import type { ApiResult } from '../../shared/api/result.ts';
import type { StorageLocation } from '../core/db/location.ts';

/**
 * What the worker is started with: where the database is (it opens its own connection to it)
 * and, when the main process could only open it read-only, the sentence saying why.
 */
export type WorkerData = { readonly location: StorageLocation; readonly readOnly?: string };

/** One API call sent to the worker, or the request to close its database and stop. */
export type WorkerRequest =
  | { readonly kind: 'call'; readonly id: number; readonly method: string; readonly input: unknown }
  | { readonly kind: 'close' };

/** The worker's answer to one call: the same envelope `invoke` returns in-process. */
export type WorkerReply = { readonly id: number; readonly result: ApiResult<unknown> };
