import type Database from 'better-sqlite3';
import type { AuditDetail } from '../../../shared/api/models.ts';
import { findInstrument } from '../../../shared/instrument/index.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import { listActions } from '../db/repositories/actions.ts';
import { getAuditRow, type AuditRow } from '../db/repositories/audits.ts';
import { listConsensus, listDiscussion } from '../db/repositories/consensus.ts';
import { listContacts } from '../db/repositories/contacts.ts';
import { listDimensionCommentary } from '../db/repositories/commentary.ts';
import { earlierRevealedAuditIds } from '../db/repositories/organizations.ts';
import { listParticipants } from '../db/repositories/participants.ts';
import { listPlanReview } from '../db/repositories/plan-reviews.ts';
import { listResponses } from '../db/repositories/responses.ts';
import { listGroups } from '../db/repositories/role-groups.ts';
import { listRoundResponses } from '../db/repositories/round-responses.ts';
import { listRounds } from '../db/repositories/rounds.ts';
import { ConflictError, NotFoundError } from './errors.ts';

/** The audit's row, or a NotFoundError that says so. */
export function requireAudit(db: Database.Database, id: string): AuditRow {
  const row = getAuditRow(db, id);
  if (!row) throw new NotFoundError(`There is no audit with id ${id}.`);
  return row;
}

/** The audit's row if it can be changed: it exists and is not in the trash. */
export function requireLiveAudit(db: Database.Database, id: string): AuditRow {
  const row = requireAudit(db, id);
  if (row.deleted_at !== null) {
    throw new ConflictError(`The audit "${row.title}" is in the trash; restore it before changing it.`);
  }
  return row;
}

/** The instrument an audit was scored with; old audits keep the wording they used. */
export function instrumentOf(row: AuditRow): Instrument {
  const instrument = findInstrument(row.instrument_id, row.instrument_version);
  if (!instrument) {
    throw new ConflictError(
      `The audit "${row.title}" uses instrument ${row.instrument_id} ${row.instrument_version}, which this version of Reality Check does not know.`,
    );
  }
  return instrument;
}

/** Everything recorded in one audit. */
export function loadAuditDetail(db: Database.Database, id: string): AuditDetail {
  const row = requireAudit(db, id);
  return {
    id: row.id,
    title: row.title,
    organization: row.organization,
    date: row.audit_date,
    facilitator: row.facilitator,
    status: row.status,
    instrument: { id: row.instrument_id, version: row.instrument_version },
    branding: {
      accentColor: row.accent_color,
      logo: row.logo,
      firm: { use: row.firm_branding, name: row.firm_name, logo: row.firm_logo },
    },
    anonymous: row.anonymous === 1,
    revealedAt: row.revealed_at,
    previousAuditId: row.previous_audit_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    minGroupSize: row.min_group_size,
    groups: listGroups(db, id),
    participants: listParticipants(db, id),
    responses: listResponses(db, id),
    rounds: listRounds(db, id),
    roundResponses: listRoundResponses(db, id),
    consensus: listConsensus(db, id),
    discussion: listDiscussion(db, id),
    contacts: listContacts(db, id),
    actions: listActions(db, id),
    commentary: { summary: row.commentary, dimensions: listDimensionCommentary(db, id) },
    planReview: listPlanReview(db, id),
    earlierAudits: earlierRevealedAuditIds(db, row).length,
  };
}
