import type { Storage } from '../../core/db/storage.ts';
import {
  phoneWrites,
  type PhoneWrite,
  type PhoneWriteResult,
} from '../../core/services/room/phone-writes.ts';

/** A write waiting for the next commit, and who hears how it went. */
type Waiting = PhoneWrite & { readonly done: (result: PhoneWriteResult) => void };

/**
 * The room's writes, committed together: every answer and clear that arrives before the next
 * turn of the event loop joins one transaction (phoneWrites), and each phone hears its ack
 * only after that commit. Under load the batches grow by themselves; alone, a write commits
 * at once. Per socket the order is kept (one queue, in arrival order).
 */
export class WriteQueue {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(
    private readonly storage: Storage,
    private readonly auditId: string,
    private readonly log: (message: string) => void,
  ) {}

  add(write: Waiting): void {
    this.waiting.push(write);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    let results: PhoneWriteResult[];
    try {
      results = phoneWrites(this.storage, this.auditId, batch);
    } catch (error) {
      // The commit failed (a full disk, a busy database past its timeout): nothing is acked,
      // so every phone keeps its answer queued and sends it again.
      this.log(
        `room: a commit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      results = batch.map(() => ({ type: 'failed', error }));
    }
    batch.forEach((write, i) => write.done(results[i] ?? { type: 'failed', error: new Error('no result') }));
  }
}
