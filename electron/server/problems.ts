import type { ApiError, ApiErrorCode } from '../../shared/api/result.ts';

/** A refused or failed request as it is answered: an HTTP status and the API's error envelope. */
export type Problem = { readonly status: number; readonly error: ApiError };

/** The HTTP status of each error code of the API, so a failed call is not answered 200. */
export const STATUS_OF_CODE: Readonly<Record<ApiErrorCode, number>> = {
  'invalid-input': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  storage: 500,
  forbidden: 403,
  cancelled: 400,
  'rate-limited': 429,
  internal: 500,
};

/** The one sentence an internal failure gets over HTTP; the details go to the server's console. */
export const INTERNAL_MESSAGE =
  'Something went wrong inside Reality Check. The details are printed where it runs.';

function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MiB`
    : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * What a request that the framework refused (before any service ran) is told, by HTTP status.
 * Our own words, never the framework's or a parser's message, which could carry internals.
 */
export function frameworkProblem(status: number, bodyLimit: number): Problem {
  const problem = (code: ApiErrorCode, message: string): Problem => ({ status, error: { code, message } });
  switch (status) {
    case 400:
      return problem('invalid-input', 'The request is malformed: send a JSON object.');
    case 403:
      return problem('forbidden', 'This address is not served.');
    case 404:
      return problem('not-found', 'There is nothing at this address.');
    case 405:
      return problem('invalid-input', 'This address does not answer that HTTP method.');
    case 408:
      return problem('invalid-input', 'The request took too long to arrive.');
    case 413:
      return problem('invalid-input', `The request is too large: at most ${sizeOf(bodyLimit)} here.`);
    case 415:
      return problem('invalid-input', 'Send API calls as JSON, with Content-Type: application/json.');
    case 431:
      return problem('invalid-input', 'The request’s headers are too large.');
    case 429:
      return problem('rate-limited', 'Too many requests. Wait a minute, then try again.');
    default:
      return status >= 400 && status < 500
        ? problem('invalid-input', 'The request was refused.')
        : { status: 500, error: { code: 'internal', message: INTERNAL_MESSAGE } };
  }
}
