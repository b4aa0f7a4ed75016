import type { FailedSave } from '../stores/audit.ts';
import { useAuditStore } from '../stores/audit.ts';

const NOUNS: Record<FailedSave['kind'], readonly [string, string]> = {
  response: ['answer', 'answers'],
  discussion: ['discussion note', 'discussion notes'],
  consensus: ['consensus', 'consensus values'],
  commentary: ['commentary', 'commentaries'],
};

/** "1 answer is", "2 discussion notes are", or "3 changes are" when they are of different kinds. */
function whatIsNotSaved(failed: readonly FailedSave[]): string {
  const kinds = new Set(failed.map((f) => f.kind));
  const [one, many] = kinds.size === 1 ? NOUNS[failed[0]!.kind] : ['change', 'changes'];
  return failed.length === 1 ? `1 ${one} is` : `${failed.length} ${many} are`;
}

/** A quiet line that says whether every answer and note is on disk, and loudly when one is not. */
export function SaveIndicator() {
  const save = useAuditStore((s) => s.save);
  const retry = useAuditStore((s) => s.retryFailed);
  const typingCommentary = useAuditStore((s) => Object.keys(s.commentaryDrafts).length > 0);
  if (save.failed.length > 0) {
    return (
      <div className="save-indicator save-failed" role="alert">
        <span>
          {whatIsNotSaved(save.failed)} not saved: {save.failed[0]?.message}
        </span>
        <button type="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  }
  const typing = Object.keys(save.drafts).length > 0 || typingCommentary;
  return (
    <div className="save-indicator" role="status" aria-live="polite">
      {save.pending > 0 || typing ? 'Saving…' : save.lastSavedAt ? 'All answers saved' : ''}
    </div>
  );
}
