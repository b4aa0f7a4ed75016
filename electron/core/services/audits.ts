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
import { insertContact, listContacts } from '../db/repositories/contacts.ts';
import { organizationIdFor } from '../db/repositories/organizations.ts';
import { insertParticipant, listParticipants } from '../db/repositories/participants.ts';
import { insertGroup, listGroups } from '../db/repositories/role-groups.ts';
import type { Storage } from '../db/storage.ts';
import { loadAuditDetail, requireAudit, requireLiveAudit } from './audit-detail.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { startPlanReview } from './plan-review.ts';
import { scoreAuditOf } from './results.ts';
import { writeIfPossible, writeTransaction } from '../db/write.ts';

const today = (storage: Storage) => storage.clock().toISOString().slice(0, 10);

/** Audits newest first, each with its level (rescored only when its answers changed). */
export function listAudits(storage: Storage, args: MethodArgs<'audits.list'>): AuditSummary[] {
  const rows = listAuditRows(storage.db, args.trash ?? false);
  const rescored = rows.map((row) => {
    if (row.summary_stale === 0) return { row, summary: null };
    return { row, summary: summaryOfResults(scoreAuditOf(storage.db, row.id)) };
  });
  // The levels rescored are cached in one commit, when the database can be written.
  writeIfPossible(storage, () => {
    for (const { row, summary } of rescored) if (summary) storeSummary(storage.db, row.id, summary);
  });
  return rescored.map(({ row, summary }) => toSummary(summary ? withSummary(row, summary) : row));
}

function summaryOf(storage: Storage, id: string): AuditSummary {
  const row = getListedAuditRow(storage.db, id);
  if (!row) throw new NotFoundError(`There is no audit with id ${id}.`);
  return toSummary(row);
}

/** Starts a new audit with the current instrument. */
export function createAudit(storage: Storage, args: MethodArgs<'audits.create'>): AuditDetail {
  const now = storage.clock().toISOString();
  const id = randomUUID();
  writeTransaction(storage, () => {
    insertAudit(storage.db, {
      id,
      organizationId: organizationIdFor(storage.db, args.organization, now),
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
  return loadAuditDetail(storage.db, id);
}

/** Renames an audit or changes its details, organization, status, anonymity, branding or group-size floor. */
export function updateAuditDetails(storage: Storage, args: MethodArgs<'audits.update'>): AuditDetail {
  const now = storage.clock().toISOString();
  writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.id);
    updateAudit(
      storage.db,
      args.id,
      {
        organizationId:
          args.organization === undefined ? undefined : organizationIdFor(storage.db, args.organization, now),
        title: args.title,
        date: args.date,
        facilitator: args.facilitator,
        status: args.status,
        anonymous: args.anonymous,
        accentColor: args.accentColor,
        logo: args.logo,
        minGroupSize: args.minGroupSize,
        firmBranding: args.firmBranding,
        firmName: args.firmName,
        firmLogo: args.firmLogo,
      },
      now,
    );
  });
  return loadAuditDetail(storage.db, args.id);
}

/**
 * Starts a re-assessment of an earlier audit: same organization, participants (in their
 * groups), groups, branding (the firm's included; not the commentary, which is about the
 * earlier audit) and priority contacts, the current instrument, no answers, linked to the
 * earlier audit for comparison; every action of the earlier plan waits in the review of last
 * time's plan (plan-review.ts), the first step of the re-assessment.
 */
export function duplicateAudit(storage: Storage, args: MethodArgs<'audits.duplicate'>): AuditDetail {
  const now = storage.clock().toISOString();
  const id = randomUUID();
  writeTransaction(storage, () => {
    const earlier = requireAudit(storage.db, args.id);
    insertAudit(storage.db, {
      id,
      organizationId: organizationIdFor(storage.db, earlier.organization, now),
      title: args.title ?? `${earlier.title} (re-assessment)`,
      date: args.date ?? today(storage),
      facilitator: earlier.facilitator,
      status: 'in-progress',
      instrumentId: instrumentV1.id,
      instrumentVersion: instrumentV1.version,
      accentColor: earlier.accent_color,
      logo: earlier.logo,
      anonymous: earlier.anonymous === 1,
      previousAuditId: earlier.id,
      minGroupSize: earlier.min_group_size,
      firm: { use: earlier.firm_branding, name: earlier.firm_name, logo: earlier.firm_logo },
      now,
    });
    for (const g of listGroups(storage.db, earlier.id)) insertGroup(storage.db, id, g);
    for (const p of listParticipants(storage.db, earlier.id)) insertParticipant(storage.db, id, p);
    for (const c of listContacts(storage.db, earlier.id)) insertContact(storage.db, id, c);
    startPlanReview(storage.db, id, earlier.id);
  });
  return loadAuditDetail(storage.db, id);
}

/** Moves an audit to the trash, from where it can be restored. */
export function trashAudit(storage: Storage, args: MethodArgs<'audits.trash'>): AuditSummary {
  writeTransaction(storage, () => {
    requireLiveAudit(storage.db, args.id);
    setDeletedAt(storage.db, args.id, storage.clock().toISOString());
  });
  return summaryOf(storage, args.id);
}

/** Brings an audit back from the trash. */
export function restoreAudit(storage: Storage, args: MethodArgs<'audits.restore'>): AuditSummary {
  writeTransaction(storage, () => {
    requireAudit(storage.db, args.id);
    setDeletedAt(storage.db, args.id, null);
  });
  return summaryOf(storage, args.id);
}

/** Deletes an audit for good; only an audit already in the trash can be purged. */
export function purgeTrashedAudit(storage: Storage, args: MethodArgs<'audits.purge'>): { id: string } {
  writeTransaction(storage, () => {
    const row = requireAudit(storage.db, args.id);
    if (row.deleted_at === null) {
      throw new ConflictError(
        `The audit "${row.title}" is not in the trash; move it to the trash before deleting it for good.`,
      );
    }
    purgeAudit(storage.db, args.id);
  });
  return { id: args.id };
}
