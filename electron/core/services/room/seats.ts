import type Database from 'better-sqlite3';
import type { Participant, RevoteRound } from '../../../../shared/api/models.ts';
import { participantCodes } from '../../../../shared/anonymity/codes.ts';
import { instrumentSections, type Section } from '../../../../shared/instrument/sections.ts';
import type { Instrument } from '../../../../shared/instrument/types.ts';
import type { OpenItem } from '../../../../shared/room/protocol.ts';
import type { AuditRow } from '../../db/repositories/audits.ts';
import { listParticipants } from '../../db/repositories/participants.ts';

/** A participant as the room shows them: their id and label, nothing else. */
export type Seat = { readonly id: string; readonly label: string };

/**
 * The audit's seats in roster order, labelled by name, or by code (P1, P2…) when the audit is
 * anonymous: the same codes the report and the reveal use (shared/anonymity).
 */
export function seatsOf(db: Database.Database, audit: AuditRow): Seat[] {
  const participants: Participant[] = listParticipants(db, audit.id);
  if (audit.anonymous !== 1) return participants.map((p) => ({ id: p.id, label: p.name }));
  const codes = participantCodes(participants);
  return participants.map((p, i) => ({ id: p.id, label: codes[i] ?? p.code }));
}

/** The sections a seat answers, in the order a phone asks them (the app's scoring order). */
export function sectionsOf(instrument: Instrument): Section[] {
  return instrumentSections(instrument);
}

/** The items open to a seat during blind scoring: every item of the instrument, round 1. */
export function openItemsOf(instrument: Instrument): OpenItem[] {
  return sectionsOf(instrument).flatMap((s) => s.items.map((item) => ({ id: item.id, round: 1 })));
}

/** The items open to a seat in a re-vote round: the round's own, in the order it was opened with. */
export function roundItemsOf(round: RevoteRound): OpenItem[] {
  return round.items.map((id) => ({ id, round: round.round }));
}
