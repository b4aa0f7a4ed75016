import type Database from 'better-sqlite3';
import type { SeatProgress } from '../../../../shared/api/methods/room.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import type { RevoteRound } from '../../../../shared/api/models.ts';
import type { Section } from '../../../../shared/instrument/sections.ts';
import { answeredRoundItems } from '../../db/repositories/phone-round-responses.ts';
import { answeredItems } from '../../db/repositories/phone-responses.ts';
import { getRound, openRoundNumber } from '../../db/repositories/rounds.ts';
import { claimedSeats } from '../../db/repositories/rooms.ts';
import { instrumentOf } from '../audit-detail.ts';
import { seatsOf, sectionsOf } from './seats.ts';

/** The re-vote round open now, after the reveal; undefined during blind scoring and between rounds. */
export function openRoundOf(db: Database.Database, audit: AuditRow): RevoteRound | undefined {
  if (audit.revealed_at === null) return undefined;
  const number = openRoundNumber(db, audit.id);
  return number === undefined ? undefined : getRound(db, audit.id, number);
}

/** The sections whose items are open: all of them in blind scoring; in a re-vote round, the round's items only. */
function openSections(audit: AuditRow, round: RevoteRound | undefined): Section[] {
  const sections = sectionsOf(instrumentOf(audit));
  if (!round) return sections;
  const inRound = new Set(round.items);
  return sections
    .map((s) => ({ ...s, items: s.items.filter((item) => inRound.has(item.id)) }))
    .filter((s) => s.items.length > 0);
}

/**
 * How far each seat is, per section, as counts only: the query reads which items each
 * participant answered, never a value. Answers written in the app count as much as a phone's.
 * While a re-vote round is open, what counts is that round's items and answers.
 */
export function seatProgress(
  db: Database.Database,
  audit: AuditRow,
  connected: ReadonlySet<string>,
): SeatProgress[] {
  const round = openRoundOf(db, audit);
  const sections = openSections(audit, round);
  const sectionOfItem = new Map(sections.flatMap((s) => s.items.map((item) => [item.id, s.id] as const)));
  const answered = new Map<string, Map<string, number>>();
  const rows = round ? answeredRoundItems(db, audit.id, round.round) : answeredItems(db, audit.id);
  for (const row of rows) {
    const section = sectionOfItem.get(row.item_id);
    if (section === undefined) continue;
    const own = answered.get(row.participant_id) ?? new Map<string, number>();
    answered.set(row.participant_id, own);
    own.set(section, (own.get(section) ?? 0) + 1);
  }
  const claimed = claimedSeats(db, audit.id);
  return seatsOf(db, audit).map((seat) => {
    const own = answered.get(seat.id);
    const perSection = sections.map((s) => ({
      id: s.id,
      title: s.title,
      answered: own?.get(s.id) ?? 0,
      total: s.items.length,
    }));
    return {
      participantId: seat.id,
      label: seat.label,
      claimed: claimed.has(seat.id),
      connected: connected.has(seat.id),
      answered: perSection.reduce((sum, s) => sum + s.answered, 0),
      total: perSection.reduce((sum, s) => sum + s.total, 0),
      sections: perSection,
    };
  });
}

/** Every seat has answered every item open to it (and there is at least one seat). */
export function everyoneDone(seats: readonly SeatProgress[]): boolean {
  return seats.length > 0 && seats.every((s) => s.answered >= s.total);
}
