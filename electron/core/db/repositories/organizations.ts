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
