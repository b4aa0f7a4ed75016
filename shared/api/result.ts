/** Why a call failed, so a caller can react (show a form error, offer a restore) without parsing text. */
export type ApiErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'storage'
  | 'forbidden'
  | 'cancelled'
  | 'rate-limited'
  | 'internal';

export type ApiError = {
  readonly code: ApiErrorCode;
  /** A sentence a person can read: what went wrong and, where it helps, what to do. */
  readonly message: string;
};

/** What every API call returns, over IPC, HTTP or in-process: no call throws across the boundary. */
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };
