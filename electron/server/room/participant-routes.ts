import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatPath } from '../../../shared/audit-file/validate.ts';
import { capProblems } from '../../../shared/limits.ts';
import { claimRequestSchema, joinRequestSchema } from '../../../shared/room/protocol.ts';
import type { Storage } from '../../core/db/storage.ts';
import { claimSeat } from '../../core/services/room/claim.ts';
import { UnknownDeviceError } from '../../core/services/room/errors.ts';
import { joinRoom, NoSuchRoomError } from '../../core/services/room/join.ts';
import { hashDeviceToken } from '../../core/services/room/tokens.ts';
import { toApiError } from '../../core/services/dispatch.ts';
import { sendProblem, TOO_MANY_ATTEMPTS, type CredentialAttempts } from '../http-surface.ts';
import type { HttpLimits } from '../limits.ts';
import { INTERNAL_MESSAGE, STATUS_OF_CODE } from '../problems.ts';
import { bearerOf } from './guard.ts';

export type ParticipantRoutesOptions = {
  readonly storage: Storage;
  readonly auditId: string;
  readonly limits: HttpLimits;
  readonly log: (message: string) => void;
  /** Wrong room tokens, codes and device tokens, counted together per client address. */
  readonly attempts: CredentialAttempts;
  /** A device claimed a seat: its socket, if any, gets the seat's snapshot. */
  readonly onClaimed: (tokenHash: string) => void;
};

/** Validates a body against a schema, or answers 400 naming the problem (never quoting the value). */
function parse<T>(
  reply: FastifyReply,
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  body: unknown,
): T | null {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const message = capProblems(
    parsed.error.issues.map((i) => `${formatPath(i.path, '(body)')}: ${i.message}`),
  ).join('\n');
  void sendProblem(reply, { status: 400, error: { code: 'invalid-input', message } });
  return null;
}

const NO_DEVICE = {
  status: 401,
  error: {
    code: 'forbidden',
    message: 'This phone is not known in this room. Open the room’s address again to join.',
  },
} as const;

/**
 * The participant API (shared/room/protocol.ts): POST /p/join and POST /p/claim. Wrong room
 * tokens, codes and device tokens count against the client's address; past the allowance
 * every attempt gets 429 without a lookup. Answers are the protocol's types; refusals the
 * API's error envelope with its status.
 */
export function participantRoutes(app: FastifyInstance, options: ParticipantRoutesOptions): void {
  const { attempts } = options;
  const refuse = (reply: FastifyReply, error: unknown) => {
    const apiError = toApiError(error, options.storage);
    if (apiError.code === 'internal') {
      options.log(`room: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return sendProblem(reply, { status: 500, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    }
    return sendProblem(reply, { status: STATUS_OF_CODE[apiError.code], error: apiError });
  };

  app.post('/p/join', async (request, reply) => {
    if (await attempts.blocked(request)) return sendProblem(reply, TOO_MANY_ATTEMPTS);
    const body = parse(reply, joinRequestSchema, request.body);
    if (body === null) return reply;
    try {
      const { answer } = joinRoom(options.storage, body, options.auditId);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(answer));
    } catch (error) {
      if (error instanceof NoSuchRoomError) await attempts.fail(request);
      return refuse(reply, error);
    }
  });

  app.post('/p/claim', async (request, reply) => {
    if (await attempts.blocked(request)) return sendProblem(reply, TOO_MANY_ATTEMPTS);
    const token = bearerOf(request.headers);
    if (token === null || token.length < 22 || token.length > 100) {
      await attempts.fail(request);
      return sendProblem(reply, NO_DEVICE);
    }
    const body = parse(reply, claimRequestSchema, request.body);
    if (body === null) return reply;
    try {
      const answer = claimSeat(options.storage, options.auditId, token, body);
      options.onClaimed(hashDeviceToken(token));
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(answer));
    } catch (error) {
      if (error instanceof UnknownDeviceError) {
        await attempts.fail(request);
        return sendProblem(reply, NO_DEVICE);
      }
      return refuse(reply, error);
    }
  });
}
