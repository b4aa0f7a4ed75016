import { useEffect } from 'react';
import { useReportStore, type PreviewState } from '../../stores/report.ts';

/**
 * What the export will produce (warnings, file name, name replacements) for the current
 * choices: checked when the Report step opens, and again when a choice or the audit changes
 * (`revision`, the audit store's count of saved changes).
 */
export function useReportPreview(auditId: string, anonymous: boolean, revision: number): PreviewState {
  const key = `${auditId}\u0000${anonymous ? 1 : 0}\u0000${revision}`;
  const checkReport = useReportStore((s) => s.checkReport);
  const preview = useReportStore((s) => s.preview);
  useEffect(() => {
    if (auditId !== '') void checkReport(auditId, anonymous, key);
  }, [auditId, anonymous, key, checkReport]);
  return preview.key === key ? preview : { key, value: null, error: null };
}
