import type { MethodArgs, MethodName } from '../../../../shared/api/methods.ts';
import type { RoomHost } from './host.ts';

/** Which seats' phones a successful call in the app changes: their answers, their label, the phase. */
type Touched = { readonly auditId: string; readonly seats: readonly string[] | 'all' };

const seat = (args: { auditId: string; participantId: string }): Touched => ({
  auditId: args.auditId,
  seats: [args.participantId],
});
const everyone = (args: { id: string }): Touched => ({ auditId: args.id, seats: 'all' });
/** A re-vote round opened, closed or cancelled: every phone moves to it, or back to the reveal. */
const inRound = (args: { auditId: string }): Touched => ({ auditId: args.auditId, seats: 'all' });

/**
 * The app's methods whose success a phone must hear of (docs/spec/room.md: every change of
 * phase reaches the phones, and an answer changed in the app reaches its seat's phone).
 * Keyed by method name, so the compiler refuses a name that does not exist.
 */
const FOLLOWED: { readonly [M in MethodName]?: (args: MethodArgs<M>) => Touched } = {
  'responses.save': seat,
  'responses.clear': seat,
  'participants.update': seat,
  'participants.remove': seat,
  'audits.startReveal': everyone,
  'audits.reopenScoring': everyone,
  'audits.update': everyone,
  'audits.trash': everyone,
  'audits.restore': everyone,
  'audits.purge': everyone,
  'rounds.open': inRound,
  'rounds.close': inRound,
  'rounds.cancel': inRound,
  'rounds.saveResponse': seat,
  'rounds.clearResponse': seat,
};

/** After a successful call: the phones of the seats it touched get a fresh snapshot, when their room runs. */
export function followInRoom<M extends MethodName>(host: RoomHost, method: M, args: MethodArgs<M>): void {
  const touched = FOLLOWED[method]?.(args);
  if (touched && host.address(touched.auditId) !== null) host.refreshSeats(touched.auditId, touched.seats);
}
