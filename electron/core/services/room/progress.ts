import type Database from 'better-sqlite3';
import type { SeatProgress } from '../../../../shared/api/methods/room.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import { answeredItems } from '../../db/repositories/phone-responses.ts';
import { claimedSeats } from '../../db/repositories/rooms.ts';
import { instrumentOf } from '../audit-detail.ts';
import { seatsOf, sectionsOf } from './seats.ts';

/**
 * How far each seat is, per section, as counts only: the query reads which items each
 * participant answered, never a value. Answers written in the app count as much as a phone's.
 */
export function seatProgress(
  db: Database.Database,
  audit: AuditRow,
  connected: ReadonlySet<string>,
): SeatProgress[] {
  const sections = sectionsOf(instrumentOf(audit));
  const sectionOfItem = new Map(sections.flatMap((s) => s.items.map((item) => [item.id, s.id] as const)));
  const answered = new Map<string, Map<string, number>>();
  for (const row of answeredItems(db, audit.id)) {
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
