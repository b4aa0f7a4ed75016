import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { roomToken as roomTokenSchema } from '../../../shared/room/protocol.ts';
import { getRoom } from '../../core/db/repositories/rooms.ts';
import type { Storage } from '../../core/db/storage.ts';
import { sameSecret } from '../../core/services/room/tokens.ts';
import { sendProblem, TOO_MANY_ATTEMPTS } from '../http-surface.ts';
import type { HttpLimits } from '../limits.ts';
import type { CredentialAttempts } from '../http-surface.ts';
import { frameworkProblem } from '../problems.ts';

export type PhonePageOptions = {
  readonly storage: Storage;
  readonly auditId: string;
  /** The built phone page: index.html and assets/ (dist/renderer/phone/). */
  readonly phoneDir: string;
  readonly limits: HttpLimits;
  /** Wrong room tokens, codes and device tokens, counted together per client address. */
  readonly attempts: CredentialAttempts;
};

/**
 * The phone page: index.html at `/` (the phone types the code) and at `/j/ROOMTOKEN` (the QR
 * code's address; a room token that is not this room's gets 404 and counts as a wrong
 * guess), and its files under /phone/assets/. Nothing else of the folder is served.
 */
export async function phonePage(app: FastifyInstance, options: PhonePageOptions): Promise<void> {
  const { attempts } = options;
  const page = async () => readFile(path.join(options.phoneDir, 'index.html'), 'utf8');
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(await page()));
  app.get('/j/:roomToken', async (request, reply) => {
    if (await attempts.blocked(request)) return sendProblem(reply, TOO_MANY_ATTEMPTS);
    const given = (request.params as { roomToken: string }).roomToken;
    const room = getRoom(options.storage.db, options.auditId);
    if (!room || !roomTokenSchema.safeParse(given).success || !sameSecret(given, room.room_token)) {
      await attempts.fail(request);
      return sendProblem(reply, frameworkProblem(404, options.limits.bodyBytes));
    }
    return reply.type('text/html; charset=utf-8').send(await page());
  });
  await app.register(fastifyStatic, {
    root: path.join(options.phoneDir, 'assets'),
    prefix: '/phone/assets/',
    index: false,
    cacheControl: false,
    dotfiles: 'ignore',
    redirect: false,
  });
}
