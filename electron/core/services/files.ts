import { randomUUID } from 'node:crypto';
import type { MethodArgs } from '../../../shared/api/methods.ts';
import type { ExportedFile, ImportOutcome, RevoteRound } from '../../../shared/api/models.ts';
import { contactIdsOf } from '../../../shared/audit-file/answers.ts';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { insertAction } from '../db/repositories/actions.ts';
import { getAuditRow, insertAudit, updateAudit, type NewAudit } from '../db/repositories/audits.ts';
import { setDimensionCommentary } from '../db/repositories/commentary.ts';
import { setDiscussionNote, upsertConsensus } from '../db/repositories/consensus.ts';
import { insertContact } from '../db/repositories/contacts.ts';
import { organizationIdFor } from '../db/repositories/organizations.ts';
import { insertParticipant } from '../db/repositories/participants.ts';
import { insertPlanReviewEntry } from '../db/repositories/plan-reviews.ts';
import { upsertResponse } from '../db/repositories/responses.ts';
import { insertGroup } from '../db/repositories/role-groups.ts';
import { upsertRoundResponse } from '../db/repositories/round-responses.ts';
import { insertRound } from '../db/repositories/rounds.ts';
import type { Storage } from '../db/storage.ts';
import { writeTransaction } from '../db/write.ts';
import { loadAuditDetail } from './audit-detail.ts';
import { auditFileName, auditToFile } from './audit-file-mapping.ts';
import { InvalidRequestError } from './errors.ts';

/**
 * Imports an audit file all or nothing: it is validated completely first, then written in
 * one transaction. The file's audit id is kept unless this database already has it. When the
 * file's audit is already here (and not in the trash), `ifExists: 'report'` imports nothing
 * and says so, so the caller can ask whether to open that audit or import a copy; the
 * default imports the copy.
 */
export function importAuditText(
  storage: Storage,
  text: string,
  ifExists: MethodArgs<'files.import'>['ifExists'] = 'copy',
): ImportOutcome {
  const parsed = parseAuditFileText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new InvalidRequestError(parsed.problems);
  const existing = parsed.file.audit.id ? getAuditRow(storage.db, parsed.file.audit.id) : undefined;
  if (ifExists === 'report' && existing && existing.deleted_at === null) {
    return { status: 'exists', auditId: existing.id, title: existing.title };
  }
  const auditId = writeTransaction(storage, () => writeAuditFile(storage, parsed.file));
  return { status: 'imported', auditId, title: parsed.file.audit.title };
}

/**
 * A file from before the reveal was recorded still shows one when the team has recorded
 * something only a reveal leads to: a consensus, a discussion note, an action, or a finished audit.
 */
function showsAReveal(file: AuditFile): boolean {
  return (
    file.audit.status === 'complete' ||
    file.consensus.length > 0 ||
    file.discussion.length > 0 ||
    file.actions.length > 0 ||
    (file.rounds ?? []).length > 0 ||
    file.responses.some((r) => (r.round ?? 1) > 1)
  );
}

/**
 * The re-vote rounds of a file: as it lists them, or, for a file that does not say (the
 * scoring needs only each answer's round), one closed round per later round answered, with
 * the items answered in it, in the order the file gives them.
 */
export function roundsOf(file: AuditFile, now: string): RevoteRound[] {
  if (file.rounds !== undefined) {
    return [...file.rounds]
      .sort((a, b) => a.round - b.round)
      .map((r) => ({ round: r.round, items: r.items, openedAt: r.openedAt, closedAt: r.closedAt ?? null }));
  }
  const items = new Map<number, Set<string>>();
  for (const r of file.responses) {
    const round = r.round ?? 1;
    if (round === 1) continue;
    const own = items.get(round) ?? new Set<string>();
    own.add(r.item);
    items.set(round, own);
  }
  return [...items]
    .sort(([a], [b]) => a - b)
    .map(([round, own]) => ({ round, items: [...own], openedAt: now, closedAt: now }));
}

/** The firm branding a file gives its audit; the installation's when the file says nothing. */
function firmOf(file: AuditFile): Pick<NewAudit, 'firm'> {
  const firm = file.audit.branding?.firm;
  return firm ? { firm: { use: firm.use, name: firm.name ?? '', logo: firm.logo ?? null } } : {};
}

function writeAuditFile(storage: Storage, file: AuditFile): string {
  const db = storage.db;
  const now = storage.clock().toISOString();
  const id = file.audit.id && !getAuditRow(db, file.audit.id) ? file.audit.id : randomUUID();
  const previous =
    file.audit.previousAuditId && getAuditRow(db, file.audit.previousAuditId)
      ? file.audit.previousAuditId
      : null;
  insertAudit(db, {
    id,
    organizationId: organizationIdFor(db, file.audit.organization, now),
    title: file.audit.title,
    date: file.audit.date,
    facilitator: file.audit.facilitator ?? '',
    status: file.audit.status,
    instrumentId: file.instrument.id,
    instrumentVersion: file.instrument.version,
    accentColor: file.audit.branding?.accentColor ?? null,
    logo: file.audit.branding?.logo ?? null,
    anonymous: file.audit.anonymous ?? true,
    previousAuditId: previous,
    ...(file.audit.minGroupSize === undefined ? {} : { minGroupSize: file.audit.minGroupSize }),
    ...firmOf(file),
    commentary: file.commentary?.summary ?? '',
    now,
  });
  for (const c of file.commentary?.dimensions ?? []) setDimensionCommentary(db, id, c, now);
  for (const g of file.groups ?? []) insertGroup(db, id, { id: g.id, name: g.name });
  const revealedAt = file.audit.revealedAt ?? (showsAReveal(file) ? now : null);
  if (revealedAt !== null) updateAudit(db, id, { revealedAt }, now);
  const codes = new Set(file.participants.flatMap((p) => (p.code ? [p.code] : [])));
  let next = 1;
  const freeCode = () => {
    while (codes.has(`P${next}`)) next++;
    codes.add(`P${next}`);
    return `P${next}`;
  };
  const seenCodes = new Set<string>();
  for (const p of file.participants) {
    const code = p.code && !seenCodes.has(p.code) ? p.code : freeCode();
    seenCodes.add(code);
    insertParticipant(db, id, { id: p.id, name: p.name, role: p.role ?? '', code, group: p.group ?? '' });
  }
  for (const round of roundsOf(file, now)) insertRound(db, id, round);
  for (const r of file.responses) {
    const answer = {
      participant: r.participant,
      item: r.item,
      value: r.value,
      note: r.note ?? '',
      updatedAt: now,
    };
    const round = r.round ?? 1;
    if (round === 1) upsertResponse(db, id, answer);
    else upsertRoundResponse(db, id, { ...answer, round });
  }
  for (const c of file.consensus)
    upsertConsensus(db, id, { item: c.item, value: c.value, note: c.note ?? '' }, now);
  for (const d of file.discussion) setDiscussionNote(db, id, { item: d.item, note: d.note }, now);
  // The ids the file's results use (contact-N for a contact without one), so an exported
  // audit scores exactly like the file it was imported from.
  const contactIds = contactIdsOf(file.contacts);
  file.contacts.forEach((c, i) => {
    const { name, category, importance, performance } = c;
    const contactId = contactIds[i] ?? randomUUID();
    insertContact(db, id, { id: contactId, name, category, importance, performance, note: c.note ?? '' });
  });
  const actionIds = new Set<string>();
  for (const a of file.actions) {
    const actionId = a.id && !actionIds.has(a.id) ? a.id : randomUUID();
    actionIds.add(actionId);
    insertAction(
      db,
      id,
      {
        id: actionId,
        title: a.title,
        description: a.description ?? '',
        owner: a.owner ?? '',
        due: a.due ?? '',
        successMeasure: a.successMeasure ?? '',
        status: a.status,
        source: a.source,
      },
      now,
    );
  }
  // validate.ts has checked that every carried action is one of the file's actions, by its own id.
  for (const r of file.planReview ?? []) {
    insertPlanReviewEntry(
      db,
      id,
      {
        action: r.action,
        title: r.title,
        owner: r.owner ?? '',
        due: r.due ?? '',
        source: r.source,
        status: r.status,
        outcome: r.outcome ?? null,
        carriedAction: r.carriedAction ?? null,
        note: r.note ?? '',
      },
      now,
    );
  }
  return id;
}

/** The audit as a file: its text, a suggested name and the parsed form. */
export function exportAudit(storage: Storage, args: MethodArgs<'files.export'>): ExportedFile {
  const detail = loadAuditDetail(storage.db, args.id);
  const file = auditToFile(detail);
  return { fileName: auditFileName(detail), text: serializeAuditFile(file), file };
}
