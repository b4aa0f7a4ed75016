import type { AuditDetail, Participant } from '../../../shared/api/models.ts';
import { nameMatcher, type NameMatcher } from '../../../shared/anonymity/names.ts';

/**
 * Who the reveal says said what: names when the team chose to see them, codes when it did
 * but the screen is in presentation mode (a projector never shows names), nobody otherwise.
 */
export type Identity = 'names' | 'codes' | 'hidden';

/** The reveal's identity rule, in one place for the overview and the spotlight. */
export function revealIdentity(anonymous: boolean, showNames: boolean, presentation: boolean): Identity {
  if (anonymous || !showNames) return 'hidden';
  return presentation ? 'codes' : 'names';
}

/** A participant as the reveal labels them; null when it says nobody. */
export function labelOf(participant: Participant | undefined, identity: Identity): string | null {
  if (identity === 'hidden' || !participant) return null;
  return identity === 'names' ? participant.name : participant.code;
}

const matchers = new WeakMap<AuditDetail, NameMatcher>();

/** The anonymous report's name rule for this audit's roster, built once per loaded audit. */
function matcherFor(detail: AuditDetail): NameMatcher {
  let matcher = matchers.get(detail);
  if (!matcher) {
    matcher = nameMatcher(detail.participants, [detail.organization]);
    matchers.set(detail, matcher);
  }
  return matcher;
}

/** A note written while scoring, as the reveal shows it. */
export type ScoringNote = {
  readonly key: string;
  /** The participant's name or code; null when the reveal is anonymous. */
  readonly who: string | null;
  readonly text: string;
};

/**
 * The notes participants wrote on an item while scoring. Unless names are shown, names inside
 * the text become codes (as in the anonymous report) and the notes are sorted by their text,
 * so neither the words nor the order tell who wrote which.
 */
export function scoringNotes(detail: AuditDetail, itemId: string, identity: Identity): ScoringNote[] {
  const order = new Map(detail.participants.map((p, i) => [p.id, i]));
  const byId = new Map(detail.participants.map((p) => [p.id, p]));
  const clean = identity === 'names' ? (text: string) => text : matcherFor(detail).redact;
  const notes = detail.responses
    .filter((r) => r.item === itemId && r.note.trim() !== '')
    .sort((a, b) => (order.get(a.participant) ?? 0) - (order.get(b.participant) ?? 0))
    .map((r) => ({
      key: r.participant,
      who: labelOf(byId.get(r.participant), identity),
      text: clean(r.note.trim()),
    }));
  return identity === 'hidden' ? notes.sort((a, b) => a.text.localeCompare(b.text)) : notes;
}

/** Each participant's answer to an item in set-up order, or nothing when the reveal is anonymous. */
export function whoAnswered(
  detail: AuditDetail,
  itemId: string,
  identity: Identity,
): { readonly key: string; readonly who: string; readonly value: number | null }[] {
  if (identity === 'hidden') return [];
  const answers = new Map(detail.responses.filter((r) => r.item === itemId).map((r) => [r.participant, r]));
  return detail.participants.flatMap((p) => {
    const answer = answers.get(p.id);
    return answer ? [{ key: p.id, who: labelOf(p, identity) ?? '', value: answer.value }] : [];
  });
}
