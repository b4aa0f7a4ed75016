import type Database from 'better-sqlite3';
import type { AuditResults } from '../../shared/scoring/results.ts';
import { scoreAudit } from '../../shared/scoring/score.ts';
import { storeSummary } from '../db/repositories/audits.ts';
import { answersOfDetail, instrumentOf, loadAuditDetail, requireAudit } from './audit-detail.ts';

/** Scores an audit with shared/ scoring and refreshes the level cached for the list of audits. */
export function auditResults(db: Database.Database, id: string): AuditResults {
  const row = requireAudit(db, id);
  const results = scoreAudit(instrumentOf(row), answersOfDetail(loadAuditDetail(db, id)));
  try {
    if (
      row.summary_stale === 1 ||
      row.summary_level !== results.level ||
      row.summary_index !== results.index
    ) {
      storeSummary(db, id, results.level, results.index);
    }
  } catch {
    // The cache is a convenience for the list; a read-only or busy database still gets its results.
  }
  return results;
}
