import type Database from 'better-sqlite3';
import type { ProjectorView } from '../../../../shared/api/methods/room.ts';
import { nameMatcher } from '../../../../shared/anonymity/names.ts';
import { answerDistribution } from '../../../../shared/scoring/distribution.ts';
import { revealOrder, type RevealEntry } from '../../../../shared/scoring/reveal-order.ts';
import type { AuditResults } from '../../../../shared/scoring/results.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import { listParticipants } from '../../db/repositories/participants.ts';
import { listResponses } from '../../db/repositories/responses.ts';
import { listRoundResponses } from '../../db/repositories/round-responses.ts';
import { getRoom, updateRoom } from '../../db/repositories/rooms.ts';
import type { Storage } from '../../db/storage.ts';
import { writeTransaction } from '../../db/write.ts';
import { instrumentOf, requireAudit, requireLiveAudit } from '../audit-detail.ts';
import { ConflictError, InvalidRequestError } from '../errors.ts';
import { scoreAuditOf } from '../results.ts';
import type { RoomHost } from './host.ts';
import { openRoundOf, seatProgress } from './progress.ts';
import { ensureRoom } from './room-row.ts';
import { sectionsOf } from './seats.ts';
import { joinDetails } from './status.ts';

/** The reveal's items in the order the projector steps through them, from shared/ scoring. */
function presentedOrder(audit: AuditRow, results: AuditResults): RevealEntry[] {
  return revealOrder(sectionsOf(instrumentOf(audit)), results.items);
}

/**
 * One item on the projector after the reveal: its answers counted on its scale, the figures
 * from shared/ scoring, and the notes without who wrote them (names in them become codes when
 * the audit is anonymous), sorted by their text so the order tells nothing either.
 */
function spotlightOf(
  db: Database.Database,
  audit: AuditRow,
  results: AuditResults,
  order: readonly RevealEntry[],
  presented: string | null,
): ProjectorView['spotlight'] {
  const index = Math.max(
    0,
    order.findIndex((e) => e.item.id === presented),
  );
  const entry = order[index];
  if (!entry) return null;
  const { section, item } = entry;
  const stats = results.items.find((i) => i.id === item.id);
  const answers = [
    ...listResponses(db, audit.id).map((r) => ({ ...r, round: 1 })),
    ...listRoundResponses(db, audit.id),
  ].filter((r) => r.item === item.id);
  const inRound = (round: number) => answers.filter((r) => r.round === round);
  const distribution = answerDistribution(inRound(stats?.finalRound ?? 1), item.id, section.scale);
  const redact =
    audit.anonymous === 1
      ? nameMatcher(listParticipants(db, audit.id), [audit.organization]).redact
      : (text: string) => text;
  const notes = answers
    .filter((r) => r.note.trim() !== '')
    .map((r) => redact(r.note.trim()))
    .sort((a, b) => a.localeCompare(b));
  const rounds = (stats?.rounds ?? []).map((r) => {
    const counted = answerDistribution(inRound(r.round), item.id, section.scale);
    return {
      round: r.round,
      counts: counted.counts,
      notSure: counted.unsure,
      mean: r.mean,
      spread: r.sd,
      agreement: r.agreement,
      misaligned: r.misaligned,
    };
  });
  return {
    itemId: item.id,
    index: index + 1,
    count: order.length,
    section: section.title,
    text: item.title ? `${item.title}. ${item.text}` : item.text,
    distribution: distribution.counts.map((count, i) => ({
      value: section.scale.min + i,
      label: section.scale.labels[i] ?? String(section.scale.min + i),
      count,
    })),
    notSure: distribution.unsure,
    mean: stats?.mean ?? null,
    spread: stats?.sd ?? null,
    misaligned: stats?.misaligned ?? false,
    notes,
    rounds,
    converged: stats?.converged ?? null,
  };
}

/**
 * What the projector shows. Before the reveal: the join details while the room runs and
 * anonymous counts; no value is read. After it: the presented item with its figures.
 */
export async function projectorView(
  storage: Storage,
  host: RoomHost,
  auditId: string,
): Promise<ProjectorView> {
  const db = storage.db;
  const audit = requireAudit(db, auditId);
  const room = getRoom(db, auditId);
  const address = room ? host.address(auditId) : null;
  const seats = seatProgress(db, audit, address ? host.connectedSeats(auditId) : new Set());
  const round = openRoundOf(db, audit);
  const revealed = audit.revealed_at !== null;
  const joined = seats.filter((s) => s.claimed).length;
  // During a re-vote round the projector counts again: the results would show the open
  // round's answers as they come in, so no item is presented until it closes.
  const phase: ProjectorView['phase'] = round
    ? 'scoring'
    : revealed
      ? 'revealed'
      : address === null
        ? 'closed'
        : seats.length === 0 || joined < seats.length
          ? 'joining'
          : 'scoring';
  let spotlight: ProjectorView['spotlight'] = null;
  if (phase === 'revealed') {
    const results = scoreAuditOf(db, auditId);
    spotlight = spotlightOf(db, audit, results, presentedOrder(audit, results), room?.presented_item ?? null);
  }
  return {
    auditId,
    title: audit.title,
    organization: audit.organization,
    phase,
    join: room && address ? await joinDetails(room, address) : null,
    round: round?.round ?? null,
    progress: {
      seats: seats.length,
      joined,
      done: seats.filter((s) => s.total > 0 && s.answered >= s.total).length,
      answered: seats.reduce((sum, s) => sum + s.answered, 0),
      total: seats.reduce((sum, s) => sum + s.total, 0),
    },
    spotlight,
  };
}

/**
 * Moves the projector to an item of the reveal (null: the first), or a step from it (or from
 * the item presented now). Only after the reveal: before it, there is nothing to present.
 */
export async function presentItem(
  storage: Storage,
  host: RoomHost,
  args: { auditId: string; itemId: string | null; step?: -1 | 1 },
): Promise<ProjectorView> {
  writeTransaction(storage, () => {
    const db = storage.db;
    const audit = requireLiveAudit(db, args.auditId);
    if (audit.revealed_at === null) {
      throw new ConflictError('The reveal has not started: the projector shows only how far everyone is.');
    }
    const order = presentedOrder(audit, scoreAuditOf(db, args.auditId));
    const room = ensureRoom(db, args.auditId, storage.clock().toISOString());
    const from = args.itemId ?? (args.step === undefined ? null : room.presented_item);
    let index = from === null ? 0 : order.findIndex((e) => e.item.id === from);
    if (index < 0) {
      if (args.itemId !== null) {
        throw new InvalidRequestError([
          `itemId: ${JSON.stringify(args.itemId)} is not an item of this reveal`,
        ]);
      }
      index = 0;
    }
    if (args.step !== undefined) index = Math.min(order.length - 1, Math.max(0, index + args.step));
    updateRoom(db, args.auditId, { presentedItem: order[index]?.item.id ?? null });
  });
  return projectorView(storage, host, args.auditId);
}
