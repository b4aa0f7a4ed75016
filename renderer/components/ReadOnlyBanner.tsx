import { useEffect } from 'react';
import { useStorageStatusStore } from '../stores/storage-status.ts';

/**
 * Says, above every view, that the database was opened read-only (a full disk, a read-only
 * folder) and what still works, so nobody scores a session that cannot be saved.
 */
export function ReadOnlyBanner() {
  const status = useStorageStatusStore((s) => s.status);
  const load = useStorageStatusStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (!status?.readOnly) return null;
  return (
    <div className="read-only-banner" role="alert">
      <strong>Read-only.</strong> {status.message}
    </div>
  );
}
