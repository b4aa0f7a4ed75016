import { randomUUID } from 'node:crypto';
import type { AuditDetail, AuditSummary } from '../../../shared/api/models.ts';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import {
  getListedAuditRow,
  insertAudit,
  listAuditRows,
  purgeAudit,
  setDeletedAt,
  storeSummary,
  summaryOfResults,
  toSummary,
  updateAudit,
  withSummary,
} from '../db/repositories/audits.ts';
import { organizationIdFor } from '../db/repositories/organizations.ts';
import { insertParticipant, listParticipants } from '../db/repositories/participants.ts';
import type { Store } from '../db/store.ts';
import { loadAuditDetail, requireAudit, requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { scoreAuditOf } from './results.ts';
import { writeIfPossible, writeTransaction } from '../db/write.ts';

const today = (store: Store) => store.clock().toISOString().slice(0, 10);

/** Audits newest first, each with its level (rescored only when its answers changed). */
export function listAudits(store: Store, args: MethodArgs<'audits.list'>): AuditSummary[] {
  const rows = listAuditRows(store.db, args.trash ?? false);
  const rescored = rows.map((row) => {
    if (row.summary_stale === 0) return { row, summary: null };
    return { row, summary: summaryOfResults(scoreAuditOf(store.db, row.id)) };
  });
  // The levels rescored are cached in one commit, when the database can be written.
  writeIfPossible(store, () => {
    for (const { row, summary } of rescored) if (summary) storeSummary(store.db, row.id, summary);
  });
  return rescored.map(({ row, summary }) => toSummary(summary ? withSummary(row, summary) : row));
}

function summaryOf(store: Store, id: string): AuditSummary {
  const row = getListedAuditRow(store.db, id);
  if (!row) throw new NotFoundError(`There is no audit with id ${id}.`);
  return toSummary(row);
}

/** Starts a new audit with the current instrument. */
export function createAudit(store: Store, args: MethodArgs<'audits.create'>): AuditDetail {
  const now = store.clock().toISOString();
  const id = randomUUID();
  writeTransaction(store, () => {
    insertAudit(store.db, {
      id,
      organizationId: organizationIdFor(store.db, args.organization, now),
      title: args.title,
      date: args.date,
      facilitator: args.facilitator ?? '',
      status: 'in-progress',
      instrumentId: instrumentV1.id,
      instrumentVersion: instrumentV1.version,
      accentColor: null,
      logo: null,
      anonymous: true,
      previousAuditId: null,
      now,
    });
  });
  return loadAuditDetail(store.db, id);
}

/** Renames an audit or changes its details, organization, status, anonymity or branding. */
export function updateAuditDetails(store: Store, args: MethodArgs<'audits.update'>): AuditDetail {
  const now = store.clock().toISOString();
  writeTransaction(store, () => {
    requireLiveAudit(store.db, args.id);
    updateAudit(
      store.db,
      args.id,
      {
        organizationId:
          args.organization === undefined ? undefined : organizationIdFor(store.db, args.organization, now),
        title: args.title,
        date: args.date,
        facilitator: args.facilitator,
        status: args.status,
        anonymous: args.anonymous,
        accentColor: args.accentColor,
        logo: args.logo,
      },
      now,
    );
  });
  return loadAuditDetail(store.db, args.id);
}

/**
 * Starts a re-assessment of an earlier audit: same organization, participants and branding,
 * the current instrument, no answers, linked to the earlier audit for comparison.
 */
export function duplicateAudit(store: Store, args: MethodArgs<'audits.duplicate'>): AuditDetail {
  const now = store.clock().toISOString();
  const id = randomUUID();
  writeTransaction(store, () => {
    const earlier = requireAudit(store.db, args.id);
    insertAudit(store.db, {
      id,
      organizationId: organizationIdFor(store.db, earlier.organization, now),
      title: args.title ?? `${earlier.title} (re-assessment)`,
      date: args.date ?? today(store),
      facilitator: earlier.facilitator,
      status: 'in-progress',
      instrumentId: instrumentV1.id,
      instrumentVersion: instrumentV1.version,
      accentColor: earlier.accent_color,
      logo: earlier.logo,
      anonymous: earlier.anonymous === 1,
      previousAuditId: earlier.id,
      now,
    });
    for (const p of listParticipants(store.db, earlier.id)) insertParticipant(store.db, id, p);
  });
  return loadAuditDetail(store.db, id);
}

/** Moves an audit to the trash, from where it can be restored. */
export function trashAudit(store: Store, args: MethodArgs<'audits.trash'>): AuditSummary {
  writeTransaction(store, () => {
    requireLiveAudit(store.db, args.id);
    setDeletedAt(store.db, args.id, store.clock().toISOString());
  });
  return summaryOf(store, args.id);
}

/** Brings an audit back from the trash. */
export function restoreAudit(store: Store, args: MethodArgs<'audits.restore'>): AuditSummary {
  writeTransaction(store, () => {
    requireAudit(store.db, args.id);
    setDeletedAt(store.db, args.id, null);
  });
  return summaryOf(store, args.id);
}

/** Deletes an audit for good; only an audit already in the trash can be purged. */
export function purgeTrashedAudit(store: Store, args: MethodArgs<'audits.purge'>): { id: string } {
  writeTransaction(store, () => {
    const row = requireAudit(store.db, args.id);
    if (row.deleted_at === null) {
      throw new ConflictError(
        `The audit "${row.title}" is not in the trash; move it to the trash before deleting it for good.`,
      );
    }
    purgeAudit(store.db, args.id);
  });
  return { id: args.id };
}
