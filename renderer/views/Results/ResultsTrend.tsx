import { useEffect } from 'react';
import { TrendView } from '../../components/TrendView.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useOrganizationStore } from '../../stores/organization.ts';

/**
 * The organisation's progress up to the open audit, when it has earlier revealed audits: the
 * same trend as the report's "Progress since" section, fetched again after each change.
 */
export function ResultsTrend({ auditId }: { readonly auditId: string }) {
  const revision = useAuditStore((s) => s.revision);
  const trend = useOrganizationStore((s) => (s.auditTrend?.auditId === auditId ? s.auditTrend.trend : null));
  const loadAuditTrend = useOrganizationStore((s) => s.loadAuditTrend);
  useEffect(() => {
    void loadAuditTrend(auditId, revision);
  }, [auditId, revision, loadAuditTrend]);
  if (!trend || trend.audits.length < 2) return null;
  return <TrendView trend={trend} />;
}
