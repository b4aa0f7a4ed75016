import { useAuditStore } from '../stores/audit.ts';

/** A quiet line that says whether every answer is on disk, and loudly when one is not. */
export function SaveIndicator() {
  const save = useAuditStore((s) => s.save);
  const retry = useAuditStore((s) => s.retryFailed);
  if (save.failed.length > 0) {
    return (
      <div className="save-indicator save-failed" role="alert">
        <span>
          {save.failed.length === 1 ? '1 answer is' : `${save.failed.length} answers are`} not saved:{' '}
          {save.failed[0]?.message}
        </span>
        <button type="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="save-indicator" role="status" aria-live="polite">
      {save.pending > 0 ? 'Saving…' : save.lastSavedAt ? 'All answers saved' : ''}
    </div>
  );
}
