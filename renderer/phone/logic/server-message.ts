import type { ServerMessage } from '../../../shared/room/protocol.ts';

/**
 * A frame from the room server, checked for the fields the phone reads before anything reads
 * them (the server is the facilitator's laptop, but a page trusts no frame's shape). Null for
 * anything else, which the phone ignores.
 */
export function parseServerMessage(text: string): ServerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  const isSlot = Number.isInteger(m.seq) && typeof m.item === 'string' && Number.isInteger(m.round);
  switch (m.type) {
    case 'snapshot':
      return isSnapshot(m) ? (value as ServerMessage) : null;
    case 'ack':
      return isSlot ? (value as ServerMessage) : null;
    case 'refused':
      return isSlot && typeof m.message === 'string' ? (value as ServerMessage) : null;
    case 'nudge':
      return typeof m.message === 'string' ? (value as ServerMessage) : null;
    case 'error':
      return typeof m.code === 'string' && typeof m.message === 'string' ? (value as ServerMessage) : null;
    default:
      return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

/** A re-vote round's feedback: counts and the seat's own previous answer, nothing else read. */
function isRound(round: unknown): boolean {
  if (round === null) return true;
  if (!isObject(round) || !Number.isInteger(round.number) || !Array.isArray(round.feedback)) return false;
  return round.feedback.every(
    (f) =>
      isObject(f) &&
      typeof f.item === 'string' &&
      (f.previousRound === null || Number.isInteger(f.previousRound)) &&
      Array.isArray(f.counts) &&
      f.counts.every(isCount) &&
      isCount(f.notSure) &&
      (f.ownPrevious === null ||
        (isObject(f.ownPrevious) &&
          Number.isInteger(f.ownPrevious.round) &&
          (f.ownPrevious.value === null || typeof f.ownPrevious.value === 'number'))),
  );
}

function isSnapshot(m: Record<string, unknown>): boolean {
  const { audit, seat, phase, items, answers, round, closedRound } = m;
  return (
    isRound(round) &&
    (closedRound === null || Number.isInteger(closedRound)) &&
    isObject(audit) &&
    typeof audit.title === 'string' &&
    typeof audit.organization === 'string' &&
    isObject(audit.instrument) &&
    typeof audit.instrument.id === 'string' &&
    typeof audit.instrument.version === 'string' &&
    isObject(seat) &&
    typeof seat.id === 'string' &&
    typeof seat.label === 'string' &&
    (phase === 'scoring' || phase === 'revealed' || phase === 'closed') &&
    Array.isArray(items) &&
    items.every((i) => isObject(i) && typeof i.id === 'string' && Number.isInteger(i.round)) &&
    Array.isArray(answers) &&
    answers.every(
      (a) =>
        isObject(a) &&
        typeof a.item === 'string' &&
        Number.isInteger(a.round) &&
        (a.value === null || typeof a.value === 'number') &&
        typeof a.note === 'string' &&
        Number.isInteger(a.seq),
    )
  );
}
