import type Database from 'better-sqlite3';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { Commentary } from '../../../shared/api/models.ts';
import { getAuditRow } from '../db/repositories/audits.ts';
import {
  listDimensionCommentary,
  setDimensionCommentary,
  setSummaryCommentary,
} from '../db/repositories/commentary.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { instrumentOf, requireLiveAudit } from './audit-detail.ts';
import { InvalidRequestError } from './errors.ts';

function loadCommentary(db: Database.Database, auditId: string): Commentary {
  return {
    summary: getAuditRow(db, auditId)?.commentary ?? '',
    dimensions: listDimensionCommentary(db, auditId),
  };
}

/**
 * `commentary.set`: saves the commentary on the summary page, or on one dimension of the
 * audit's instrument; an empty text removes it. Commentary is not an answer: the results do
 * not move.
 */
export function setCommentary(storage: Storage, args: MethodArgs<'commentary.set'>): Commentary {
  return writeTransaction(storage, () => {
    const audit = requireLiveAudit(storage.db, args.auditId);
    const now = storage.clock().toISOString();
    if (args.dimensionId === undefined) {
      setSummaryCommentary(storage.db, args.auditId, args.text.trim() === '' ? '' : args.text, now);
    } else {
      const instrument = instrumentOf(audit);
      if (!instrument.dimensions.some((d) => d.id === args.dimensionId)) {
        throw new InvalidRequestError([
          `dimensionId: "${args.dimensionId}" is not a dimension of instrument ${instrument.version}`,
        ]);
      }
      setDimensionCommentary(storage.db, args.auditId, { dimension: args.dimensionId, text: args.text }, now);
    }
    return loadCommentary(storage.db, args.auditId);
  });
}
