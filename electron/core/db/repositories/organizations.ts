import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { prepared } from '../prepared.ts';

/** The id of the organization with this name (exactly as written), created if new. */
export function organizationIdFor(db: Database.Database, name: string, now: string): string {
  const existing = prepared(db, 'SELECT id FROM organizations WHERE name = ?').pluck().get(name) as
    string | undefined;
  if (existing) return existing;
  const id = randomUUID();
  prepared(db, 'INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)').run(id, name, now);
  return id;
}

/** An organization as stored, with how many live audits it has and the date of its latest. */
export type OrganizationRow = { id: string; name: string; audits: number; latestDate: string | null };

const SELECT_ORGANIZATIONS = `
  SELECT o.id, o.name,
         (SELECT count(*) FROM audits a WHERE a.organization_id = o.id AND a.deleted_at IS NULL) AS audits,
         (SELECT max(a.audit_date) FROM audits a WHERE a.organization_id = o.id AND a.deleted_at IS NULL) AS latestDate
  FROM organizations o`;

/** Every organization with a live audit, by name. */
export function listOrganizationRows(db: Database.Database): OrganizationRow[] {
  return prepared(
    db,
    `SELECT * FROM (${SELECT_ORGANIZATIONS}) WHERE audits > 0 ORDER BY name COLLATE NOCASE, name`,
  ).all() as OrganizationRow[];
}

export function getOrganizationRow(db: Database.Database, id: string): OrganizationRow | undefined {
  return prepared(db, `${SELECT_ORGANIZATIONS} WHERE o.id = ?`).get(id) as OrganizationRow | undefined;
}

/** The id of the organization with exactly this name, if there is one. */
export function organizationNamed(db: Database.Database, name: string): string | undefined {
  return prepared(db, 'SELECT id FROM organizations WHERE name = ?').pluck().get(name) as string | undefined;
}

export function renameOrganizationRow(db: Database.Database, id: string, name: string): void {
  prepared(db, 'UPDATE organizations SET name = ? WHERE id = ?').run(name, id);
}

/**
 * The live, revealed audits of an organization before a given one (by date, then creation),
 * oldest first: the earlier audits a trend compares it with.
 */
export function earlierRevealedAuditIds(
  db: Database.Database,
  audit: { id: string; organization_id: string; audit_date: string; created_at: string },
): string[] {
  return prepared(
    db,
    `SELECT id FROM audits
     WHERE organization_id = @organization AND id <> @id AND deleted_at IS NULL AND revealed_at IS NOT NULL
       AND (audit_date < @date OR (audit_date = @date AND created_at < @created))
     ORDER BY audit_date, created_at`,
  )
    .pluck()
    .all({
      organization: audit.organization_id,
      id: audit.id,
      date: audit.audit_date,
      created: audit.created_at,
    }) as string[];
}
