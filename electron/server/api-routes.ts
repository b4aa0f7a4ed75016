import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { methodNames, saveAsOf, type MethodName } from '../../shared/api/methods.ts';
import type { MadeFile } from '../../shared/api/models.ts';
import type { ApiError } from '../../shared/api/result.ts';
import type { Storage } from '../core/db/storage.ts';
import type { ServiceContext } from '../core/services/context.ts';
import { invoke } from '../core/services/dispatch.ts';
import { tokenRefusal } from './guard.ts';
import { credentialAttempts, sendProblem, TOO_MANY_ATTEMPTS } from './http-surface.ts';
import { IMPORT_BODY_BYTES, LOGO_BODY_BYTES, type HttpLimits } from './limits.ts';
import { INTERNAL_MESSAGE, STATUS_OF_CODE } from './problems.ts';

/** The methods whose body may be larger than `HttpLimits.bodyBytes`: an audit file's import, and a logo. */
const LARGE_BODIES: Partial<Record<MethodName, number>> = {
  'files.import': IMPORT_BODY_BYTES,
  'audits.update': LOGO_BODY_BYTES,
  'settings.update': LOGO_BODY_BYTES,
};

export type ApiRoutesOptions = {
  readonly storage: Storage;
  /** The room host of this binding, so the browser version can run a room. */
  readonly context?: ServiceContext;
  readonly token: string;
  readonly limits: HttpLimits;
  readonly log: (message: string) => void;
};

/**
 * The download's file name: as it is when plain ASCII; otherwise an ASCII stand-in plus the
 * real name (山田, Ольга) percent-encoded in UTF-8 (RFC 6266), since a header is Latin-1.
 */
export function contentDisposition(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName) && !/["\\]/.test(fileName)) return `attachment; filename="${fileName}"`;
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A made file as a download: the browser binding's way of handing it to the user. */
function sendFile(reply: FastifyReply, file: MadeFile<unknown>): FastifyReply {
  return reply
    .type(file.mediaType)
    .header('Content-Disposition', contentDisposition(file.fileName))
    .header('X-File-Details', JSON.stringify(file.details))
    .send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
}

/**
 * The whole declared API as `POST /api/<method>` with a JSON body, for the page of `npm run web`.
 * Each call must carry the session token (`Authorization: Bearer`); after too many wrong ones
 * from a client, further wrong ones get 429. A result is the API's envelope with a matching
 * status; a method that makes a file (report.export) answers with the file as a download.
 * Internal details stay in the log.
 */
export function apiRoutes(options: ApiRoutesOptions): FastifyPluginCallback {
  return (api, _pluginOptions, done) => {
    const attempts = credentialAttempts(api, options.limits);
    api.addHook('onRequest', async (request, reply) => {
      const refused = tokenRefusal(request.headers, options.token);
      if (!refused) return undefined;
      // Guessing is slowed down; the right token still gets through, so a stale tab or another
      // local program cannot lock the user out.
      if (await attempts.blocked(request)) return sendProblem(reply, TOO_MANY_ATTEMPTS);
      await attempts.fail(request);
      return sendProblem(reply, {
        status: 403,
        error: { code: 'forbidden', message: `Refused: ${refused}.` },
      });
    });

    for (const method of methodNames) {
      api.post(
        `/${method}`,
        { bodyLimit: LARGE_BODIES[method] ?? options.limits.bodyBytes },
        async (request, reply) => {
          const result = await invoke(options.storage, method, request.body ?? {}, options.context);
          if (!result.ok) {
            let error: ApiError = result.error;
            if (error.code === 'internal') {
              options.log(`${method} failed: ${error.message}`);
              error = { code: 'internal', message: INTERNAL_MESSAGE };
            }
            return sendProblem(reply, { status: STATUS_OF_CODE[error.code], error });
          }
          if (saveAsOf(method)) return sendFile(reply, result.value as MadeFile<unknown>);
          return reply.type('application/json; charset=utf-8').send(JSON.stringify(result));
        },
      );
    }

    api.post('/*', async (request, reply) => {
      const name = (request.url.slice('/api/'.length).split('?')[0] ?? '').slice(0, 100);
      return sendProblem(reply, {
        status: 404,
        error: { code: 'unknown-method', message: `There is no API method called ${JSON.stringify(name)}.` },
      });
    });
    api.route({
      method: ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url: '/*',
      handler: async (_request, reply) =>
        sendProblem(reply.header('Allow', 'POST'), {
          status: 405,
          error: { code: 'invalid-input', message: 'API calls are POST requests with a JSON body.' },
        }),
    });
    done();
  };
}
