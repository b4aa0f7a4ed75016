import type { PhoneMessage } from '../../../../shared/room/protocol.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { UnknownDeviceError } from './errors.ts';
import { phoneAnswer, phoneClear, type PhoneOutcome } from './phone-answer.ts';

/** One answer or clear a phone sent, with the token of the device that sent it. */
export type PhoneWrite = {
  readonly deviceToken: string;
  readonly message: Extract<PhoneMessage, { type: 'answer' } | { type: 'clear' }>;
};

/** What became of one write: ack or refused, or why the socket must close instead. */
export type PhoneWriteResult =
  PhoneOutcome | { readonly type: 'unknown-device' } | { readonly type: 'failed'; readonly error: unknown };

/**
 * The writes that arrived together from the room's phones, in one IMMEDIATE transaction: one
 * commit (one fsync) for all of them, so a room of 200 phones does not queue behind 200
 * commits. Each write runs in its own savepoint (phoneAnswer's own writeTransaction, nested),
 * so a refused or failed write takes back only itself. Returns only after the commit, so
 * every ack it answers is on disk; if the commit itself fails, it throws and nothing is acked.
 */
export function phoneWrites(
  storage: Storage,
  auditId: string,
  writes: readonly PhoneWrite[],
): PhoneWriteResult[] {
  return writeTransaction(storage, () =>
    writes.map(({ deviceToken, message }): PhoneWriteResult => {
      try {
        return message.type === 'answer'
          ? phoneAnswer(storage, auditId, deviceToken, message)
          : phoneClear(storage, auditId, deviceToken, message);
      } catch (error) {
        if (error instanceof UnknownDeviceError) return { type: 'unknown-device' };
        return { type: 'failed', error };
      }
    }),
  );
}
