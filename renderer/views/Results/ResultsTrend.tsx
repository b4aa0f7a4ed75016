import { useEffect } from 'react';
import { TrendView } from '../../components/TrendView.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useOrganizationStore } from '../../stores/organization.ts';

/**
 * The organisation's progress up to the open audit, when it has earlier revealed audits: the
 * same trend as the report's "Progress since" section, fetched again after each change.
 */
export function ResultsTrend({
  auditId,
  earlierAudits,
}: {
  readonly auditId: string;
  readonly earlierAudits: number;
}) {
  const revision = useAuditStore((s) => s.revision);
  const trend = useOrganizationStore((s) => (s.auditTrend?.auditId === auditId ? s.auditTrend.trend : null));
  const loadAuditTrend = useOrganizationStore((s) => s.loadAuditTrend);
  // An audit with no earlier one to compare with asks for nothing.
  useEffect(() => {
    if (earlierAudits > 0) void loadAuditTrend(auditId, revision);
  }, [auditId, earlierAudits, revision, loadAuditTrend]);
  if (earlierAudits === 0) return null;
  if (!trend || trend.audits.length < 2) return null;
  return <TrendView trend={trend} />;
}
