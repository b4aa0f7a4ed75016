import { useEffect, useState } from 'react';
import type { ReportPreview } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';

/** Loads what the export will produce (warnings, file name, name replacements) for the current choices. */
export function useReportPreview(auditId: string, anonymous: boolean, version: string) {
  const [preview, setPreview] = useState<{ key: string; value: ReportPreview | null; error: string | null }>({
    key: '',
    value: null,
    error: null,
  });
  const key = `${auditId}\u0000${anonymous ? 1 : 0}\u0000${version}`;
  useEffect(() => {
    if (auditId === '') return;
    let current = true;
    void api['report.preview']({ id: auditId, anonymous }).then((result) => {
      if (!current) return;
      setPreview(
        result.ok
          ? { key, value: result.value, error: null }
          : { key, value: null, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [auditId, anonymous, key]);
  return preview.key === key ? preview : { key, value: null, error: null };
}
