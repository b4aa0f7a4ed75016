import { formatPath } from '../../../shared/audit-file/validate.ts';
import { isMethodName, methodNames, methods } from '../../../shared/api/methods.ts';
import { capProblems } from '../../../shared/limits.ts';
import type { ApiError, ApiResult } from '../../../shared/api/result.ts';
import { describeStorageError, StorageError } from '../db/errors.ts';
import type { Storage } from '../db/storage.ts';
import { ConflictError, InvalidRequestError, NotFoundError } from './errors.ts';
import { NO_CONTEXT, type ServiceContext } from './context.ts';
import { handlers } from './handlers.ts';
import { followInRoom } from './room/follow-app.ts';

/** Maps anything a service throws to an error a person can read; the stack never crosses the boundary. */
export function toApiError(error: unknown, storage: Storage): ApiError {
  const described = describeStorageError(error, storage.location.databasePath);
  if (described instanceof StorageError) return { code: 'storage', message: described.message };
  // Matched by name: the report module loads only when a report is made.
  if (error instanceof Error && error.name === 'ReportWriteError') {
    return { code: 'storage', message: `The report was not saved: ${error.message}.` };
  }
  // Its text names folders only: where the fonts were looked for.
  if (error instanceof Error && error.name === 'ReportFontsError') {
    return { code: 'internal', message: `The report cannot be made: ${error.message}.` };
  }
  // Its text names files only: where the built pre-work form was looked for.
  if (error instanceof Error && error.name === 'PreworkTemplateError') {
    return { code: 'internal', message: `The pre-work form cannot be made: ${error.message}.` };
  }
  if (error instanceof InvalidRequestError)
    return { code: 'invalid-input', message: capProblems(error.problems).join('\n') };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof ConflictError) return { code: 'conflict', message: error.message };
  // An unexpected error's own text may quote anything it was working on, names included, so
  // only its kind crosses the boundary.
  const kind = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'Error';
  return {
    code: 'internal',
    message: `Something went wrong inside Reality Check (${kind}). Nothing was changed; please report the steps that led here.`,
  };
}

/**
 * The one entry to the services for every transport: checks the method exists, validates the
 * input with its schema, runs the service, and wraps the outcome in the result envelope. A
 * transport that hosts rooms passes its room host in `context`; the others get one that says
 * room mode is not available there. After a success, the phones of the seats it touched hear of it.
 */
export async function invoke(
  storage: Storage,
  method: unknown,
  input: unknown,
  context: ServiceContext = NO_CONTEXT,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'unknown-method', message: `There is no API method called ${JSON.stringify(method)}.` },
    };
  }
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const message = capProblems(
      parsed.error.issues.map((i) => `${formatPath(i.path, '(input)')}: ${i.message}`),
    ).join('\n');
    return { ok: false, error: { code: 'invalid-input', message } };
  }
  try {
    const handler = handlers[method] as (storage: Storage, args: unknown, context: ServiceContext) => unknown;
    const value = await handler(storage, parsed.data, context);
    try {
      followInRoom(context.room, method, parsed.data as never);
    } catch {
      // The call succeeded; a phone that missed this hears of it on its next snapshot.
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toApiError(error, storage) };
  }
}

export { methodNames };
