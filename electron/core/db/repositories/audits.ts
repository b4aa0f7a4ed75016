import type Database from 'better-sqlite3';
import type { AuditSummary } from '../../../../shared/api/models.ts';
import type { AuditStatus, FirmBrandingUse } from '../../../../shared/audit-file/fields.ts';
import { DEFAULT_MIN_GROUP_SIZE } from '../../../../shared/scoring/inputs.ts';
import type { Level } from '../../../../shared/scoring/levels.ts';
import type { AuditResults } from '../../../../shared/scoring/results.ts';
import { prepared } from '../prepared.ts';

/** An audit row as stored, with its organization's name. */
export type AuditRow = {
  id: string;
  organization_id: string;
  organization: string;
  title: string;
  audit_date: string;
  facilitator: string;
  status: AuditStatus;
  instrument_id: string;
  instrument_version: string;
  accent_color: string | null;
  logo: string | null;
  anonymous: 0 | 1;
  previous_audit_id: string | null;
  summary_level: Level | null;
  summary_index: number | null;
  summary_stale: 0 | 1;
  /** 1 while the cached level is provisional (docs/spec/scoring.md, "Completeness"). */
  summary_provisional: 0 | 1;
  summary_completeness: number | null;
  /** When the facilitator started the reveal; null during blind scoring. */
  revealed_at: string | null;
  /** Groups smaller than this are suppressed (docs/spec/scoring.md, "Role groups"). */
  min_group_size: number;
  /** Whose firm branding the report carries (migration 0080); the audit's own name and logo. */
  firm_branding: FirmBrandingUse;
  firm_name: string;
  firm_logo: string | null;
  /** The consultant's commentary on the summary page; empty when none. */
  commentary: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

// A subquery rather than a JOIN: every service call looks the audit up here (each save does), and
// the join cost 25-60 µs more per call, which took a save from ~1.2x to ~1.6x a bare upsert in
// `npm run bench`. organization_id is a NOT NULL foreign key, so both give the same row.
const SELECT = `
  SELECT a.*, (SELECT name FROM organizations o WHERE o.id = a.organization_id) AS organization
  FROM audits a`;

export function getAuditRow(db: Database.Database, id: string): AuditRow | undefined {
  return prepared(db, `${SELECT} WHERE a.id = ?`).get(id) as AuditRow | undefined;
}

const SELECT_LISTED = `
  SELECT a.*, o.name AS organization,
         (SELECT count(*) FROM participants p WHERE p.audit_id = a.id) AS participants
  FROM audits a JOIN organizations o ON o.id = a.organization_id`;

export type ListedAuditRow = AuditRow & { participants: number };

/** Audits newest first (by audit date, then creation), either live ones or the trash. */
export function listAuditRows(db: Database.Database, trash: boolean): ListedAuditRow[] {
  return prepared(
    db,
    `${SELECT_LISTED} WHERE a.deleted_at IS ${trash ? 'NOT NULL' : 'NULL'} ORDER BY a.audit_date DESC, a.created_at DESC`,
  ).all() as ListedAuditRow[];
}

/** One audit as the list shows it, wherever it is. */
export function getListedAuditRow(db: Database.Database, id: string): ListedAuditRow | undefined {
  return prepared(db, `${SELECT_LISTED} WHERE a.id = ?`).get(id) as ListedAuditRow | undefined;
}

export type NewAudit = {
  id: string;
  organizationId: string;
  title: string;
  date: string;
  facilitator: string;
  status: AuditStatus;
  instrumentId: string;
  instrumentVersion: string;
  accentColor: string | null;
  logo: string | null;
  anonymous: boolean;
  previousAuditId: string | null;
  /** The group-size floor; the default (3) when absent. */
  minGroupSize?: number;
  /** Whose firm branding the report carries; the installation's when absent. */
  firm?: { use: FirmBrandingUse; name: string; logo: string | null };
  /** The consultant's commentary on the summary page; none when absent. */
  commentary?: string;
  now: string;
};

export function insertAudit(db: Database.Database, a: NewAudit): void {
  const { firm, ...row } = a;
  prepared(
    db,
    `INSERT INTO audits (id, organization_id, title, audit_date, facilitator, status, instrument_id,
       instrument_version, accent_color, logo, anonymous, previous_audit_id, min_group_size,
       firm_branding, firm_name, firm_logo, commentary, created_at, updated_at)
     VALUES (@id, @organizationId, @title, @date, @facilitator, @status, @instrumentId, @instrumentVersion,
       @accentColor, @logo, @anonymous, @previousAuditId, @minGroupSize,
       @firmBranding, @firmName, @firmLogo, @commentary, @now, @now)`,
  ).run({
    ...row,
    anonymous: a.anonymous ? 1 : 0,
    minGroupSize: a.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    firmBranding: firm?.use ?? 'installation',
    firmName: firm?.name ?? '',
    firmLogo: firm?.logo ?? null,
    commentary: a.commentary ?? '',
  });
}

/** Column values an update may change; undefined leaves a column as it is. */
export type AuditChanges = {
  organizationId?: string;
  title?: string;
  date?: string;
  facilitator?: string;
  status?: AuditStatus;
  anonymous?: boolean;
  accentColor?: string | null;
  logo?: string | null;
  revealedAt?: string | null;
  minGroupSize?: number;
  firmBranding?: FirmBrandingUse;
  firmName?: string;
  firmLogo?: string | null;
};

const COLUMNS: Record<keyof AuditChanges, string> = {
  organizationId: 'organization_id',
  title: 'title',
  date: 'audit_date',
  facilitator: 'facilitator',
  status: 'status',
  anonymous: 'anonymous',
  accentColor: 'accent_color',
  logo: 'logo',
  revealedAt: 'revealed_at',
  minGroupSize: 'min_group_size',
  firmBranding: 'firm_branding',
  firmName: 'firm_name',
  firmLogo: 'firm_logo',
};

export function updateAudit(db: Database.Database, id: string, changes: AuditChanges, now: string): void {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [
    keyof AuditChanges,
    unknown,
  ][];
  const sets = entries.map(([key]) => `${COLUMNS[key]} = @${key}`);
  const values = Object.fromEntries(entries.map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 1 : 0) : v]));
  prepared(db, `UPDATE audits SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`).run({
    ...values,
    id,
    now,
  });
}

/** Records that answers changed: bumps updated_at and marks the cached level for recomputation. */
export function markAuditChanged(db: Database.Database, id: string, now: string): void {
  prepared(db, 'UPDATE audits SET updated_at = ?, summary_stale = 1 WHERE id = ?').run(now, id);
}

/** What the list of audits caches of an audit's results. */
export type CachedSummary = {
  readonly level: Level | null;
  readonly index: number | null;
  readonly provisional: boolean;
  readonly completeness: number;
};

/** What the list caches of freshly computed results. */
export function summaryOfResults(results: AuditResults): CachedSummary {
  return {
    level: results.level,
    index: results.index,
    provisional: results.provisional,
    completeness: results.completeness,
  };
}

/** A row as it reads once `summary` is cached. */
export function withSummary<R extends AuditRow>(row: R, summary: CachedSummary): R {
  return {
    ...row,
    summary_level: summary.level,
    summary_index: summary.index,
    summary_provisional: summary.provisional ? 1 : 0,
    summary_completeness: summary.completeness,
    summary_stale: 0,
  };
}

/** True when the cached summary of a row already says what `summary` says. */
export function summaryIsCurrent(row: AuditRow, summary: CachedSummary): boolean {
  return (
    row.summary_stale === 0 &&
    row.summary_level === summary.level &&
    row.summary_index === summary.index &&
    row.summary_provisional === (summary.provisional ? 1 : 0) &&
    row.summary_completeness === summary.completeness
  );
}

export function storeSummary(db: Database.Database, id: string, summary: CachedSummary): void {
  prepared(
    db,
    `UPDATE audits SET summary_level = ?, summary_index = ?, summary_provisional = ?, summary_completeness = ?,
       summary_stale = 0 WHERE id = ?`,
  ).run(summary.level, summary.index, summary.provisional ? 1 : 0, summary.completeness, id);
}

export function setDeletedAt(db: Database.Database, id: string, deletedAt: string | null): void {
  prepared(db, 'UPDATE audits SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** Deletes an audit and, by cascade, everything recorded in it. */
export function purgeAudit(db: Database.Database, id: string): void {
  prepared(db, 'DELETE FROM audits WHERE id = ?').run(id);
}

export function toSummary(row: ListedAuditRow): AuditSummary {
  return {
    id: row.id,
    title: row.title,
    organization: row.organization,
    organizationId: row.organization_id,
    date: row.audit_date,
    status: row.status,
    participants: row.participants,
    level: row.summary_level,
    index: row.summary_index,
    provisional: row.summary_provisional === 1,
    completeness: row.summary_completeness ?? 0,
    revealedAt: row.revealed_at,
    previousAuditId: row.previous_audit_id,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Characters of free text in one audit (notes, descriptions, success measures), for the report's limit. */
export function auditTextLength(db: Database.Database, id: string): number {
  return prepared(
    db,
    `SELECT (SELECT coalesce(sum(length(note)), 0) FROM responses WHERE audit_id = @id)
          + (SELECT coalesce(sum(length(note)), 0) FROM round_responses WHERE audit_id = @id)
          + (SELECT coalesce(sum(length(note)), 0) FROM consensus WHERE audit_id = @id)
          + (SELECT coalesce(sum(length(note)), 0) FROM discussion_notes WHERE audit_id = @id)
          + (SELECT coalesce(sum(length(note)), 0) FROM contacts WHERE audit_id = @id)
          + (SELECT coalesce(sum(length(description) + length(success_measure)), 0) FROM actions WHERE audit_id = @id)
          + coalesce((SELECT length(commentary) FROM audits WHERE id = @id), 0)
          + (SELECT coalesce(sum(length(text)), 0) FROM dimension_commentary WHERE audit_id = @id)`,
  )
    .pluck()
    .get({ id }) as number;
}
