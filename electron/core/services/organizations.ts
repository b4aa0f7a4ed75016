import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { OrganizationDetail, OrganizationSummary } from '../../../shared/api/models.ts';
import { trendOf, type Trend, type TrendAudit } from '../../../shared/scoring/trend.ts';
import {
  earlierRevealedAuditIds,
  getOrganizationRow,
  listOrganizationRows,
  organizationNamed,
  renameOrganizationRow,
} from '../db/repositories/organizations.ts';
import { listPlanReview } from '../db/repositories/plan-reviews.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { instrumentOf, requireAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { listAudits } from './audits.ts';
import { auditResults } from './results.ts';

/** Every organisation (client) with a live audit, by name. */
export function listOrganizations(storage: Storage): OrganizationSummary[] {
  return listOrganizationRows(storage.db);
}

function requireOrganization(storage: Storage, id: string) {
  const row = getOrganizationRow(storage.db, id);
  if (!row) throw new NotFoundError(`There is no organisation with id ${id}.`);
  return row;
}

/** One audit as the trend takes it: its instrument, its results and its review of the plan before it. */
export function trendAudit(storage: Storage, id: string): TrendAudit {
  const row = requireAudit(storage.db, id);
  return {
    id: row.id,
    title: row.title,
    date: row.audit_date,
    instrument: instrumentOf(row),
    results: auditResults(storage, id),
    review: listPlanReview(storage.db, id),
  };
}

/**
 * The audits a trend of this audit compares, oldest first: the organisation's live, revealed
 * audits before it (by date, then creation), then the audit itself.
 */
export function trendAuditIds(storage: Storage, auditId: string): string[] {
  const row = requireAudit(storage.db, auditId);
  return [...earlierRevealedAuditIds(storage.db, row), auditId];
}

/** `audits.trend`: the organisation's progress up to this audit (shared/scoring/trend.ts). */
export function auditTrend(storage: Storage, args: MethodArgs<'audits.trend'>): Trend {
  return trendOf(trendAuditIds(storage, args.id).map((id) => trendAudit(storage, id)));
}

/** An organisation's page: its live audits, oldest first, each with its level, and the trend of the revealed ones. */
export function getOrganization(storage: Storage, args: MethodArgs<'organizations.get'>): OrganizationDetail {
  const organization = requireOrganization(storage, args.id);
  // Through the list (newest first), so a level is rescored and cached exactly as the home view does.
  const audits = listAudits(storage, {})
    .filter((a) => a.organizationId === organization.id)
    .reverse();
  const revealed = audits.filter((a) => a.revealedAt !== null);
  return {
    id: organization.id,
    name: organization.name,
    audits,
    trend: revealed.length > 0 ? trendOf(revealed.map((a) => trendAudit(storage, a.id))) : null,
  };
}

/**
 * Renames an organisation: every one of its audits, reports and files from now on carry the
 * new name. Another organisation's name is refused; the two stay apart.
 */
export function renameOrganization(
  storage: Storage,
  args: MethodArgs<'organizations.rename'>,
): OrganizationSummary {
  writeTransaction(storage, () => {
    const organization = requireOrganization(storage, args.id);
    const other = organizationNamed(storage.db, args.name);
    if (other !== undefined && other !== organization.id) {
      throw new ConflictError(`There is already an organisation called "${args.name}"; choose another name.`);
    }
    renameOrganizationRow(storage.db, organization.id, args.name);
  });
  return requireOrganization(storage, args.id);
}
