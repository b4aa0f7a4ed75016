import { useState } from 'react';
import { useAuditListStore } from '../../stores/audit-list.ts';

/** Deleted audits, restorable until deleted for good (which asks first). */
export function TrashList() {
  const trash = useAuditListStore((s) => s.trash);
  const restore = useAuditListStore((s) => s.restore);
  const purge = useAuditListStore((s) => s.purge);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>Trash ({trash.length})</summary>
      <ul>
        {trash.map((a) => (
          <li key={a.id}>
            <span>
              {a.organization} — {a.title} <span className="muted">({a.date})</span>
            </span>
            <button type="button" onClick={() => void restore(a.id)}>
              Restore
            </button>
            {confirming === a.id ? (
              <span role="group" aria-label={`Delete ${a.title} for good?`}>
                <span className="muted">Delete every answer for good?</span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void purge(a.id).then(() => setConfirming(null))}
                >
                  Yes, delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirming(a.id)}>
                Delete for good…
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
