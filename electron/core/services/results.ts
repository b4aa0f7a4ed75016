import type Database from 'better-sqlite3';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { storeSummary, summaryIsCurrent, summaryOfResults } from '../db/repositories/audits.ts';
import type { Storage } from '../db/storage.ts';
import { writeIfPossible } from '../db/write.ts';
import { instrumentOf, loadAuditDetail, requireAudit } from './audit-detail.ts';
import { auditToFile } from './audit-file-mapping.ts';

/** Scores an audit with shared/ scoring, through its audit file (the one way to the scoring model), without writing anything. */
export function scoreAuditOf(db: Database.Database, id: string): AuditResults {
  const row = requireAudit(db, id);
  return scoreAudit(instrumentOf(row), answersOf(auditToFile(loadAuditDetail(db, id))));
}

/** Scores an audit with shared/ scoring and refreshes the level cached for the list of audits. */
export function auditResults(storage: Storage, id: string): AuditResults {
  const row = requireAudit(storage.db, id);
  const results = scoreAuditOf(storage.db, id);
  const summary = summaryOfResults(results);
  if (!summaryIsCurrent(row, summary)) {
    // The cache is a convenience for the list; a read-only or busy database still gets its results.
    writeIfPossible(storage, () => storeSummary(storage.db, id, summary));
  }
  return results;
}
