import type { AuditDetail, RevoteRound, RoundResponse } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';
import { applyEdit, sendEdit } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

type RoundActions = Pick<
  AuditState,
  'openRound' | 'closeRound' | 'cancelRound' | 'saveRoundResponse' | 'clearRoundResponse'
>;

/** The rounds with this one put in place of the round of its number, or added in round order. */
function withRound(detail: AuditDetail, round: RevoteRound): AuditDetail {
  const others = detail.rounds.filter((r) => r.round !== round.round);
  return { ...detail, rounds: [...others, round].sort((a, b) => a.round - b.round) };
}

const sameAnswer = (a: Pick<RoundResponse, 'round' | 'participant' | 'item'>) => (b: RoundResponse) =>
  a.round === b.round && a.participant === b.participant && a.item === b.item;

/**
 * Re-vote rounds (docs/spec/scoring.md, "Re-vote rounds"): opening, closing and taking back a
 * round, and the answers given in it by pass-the-laptop. Each shows once it is saved; an answer
 * that cannot be saved is answered with its message, for the sheet to show beside the item.
 */
export function roundActions(access: AuditStoreAccess): RoundActions {
  return {
    openRound: (itemIds) =>
      sendEdit(access, (auditId) => api['rounds.open']({ auditId, itemIds: [...itemIds] }), withRound),
    closeRound: (round) => sendEdit(access, (auditId) => api['rounds.close']({ auditId, round }), withRound),
    cancelRound: (round) =>
      sendEdit(
        access,
        (auditId) => api['rounds.cancel']({ auditId, round }),
        (detail, cancelled) => ({
          ...detail,
          rounds: detail.rounds.filter((r) => r.round !== cancelled.round),
        }),
      ),
    saveRoundResponse: (round, participantId, itemId, value, note) =>
      sendEdit(
        access,
        (auditId) =>
          api['rounds.saveResponse']({
            auditId,
            round,
            participantId,
            itemId,
            value,
            ...(note === undefined ? {} : { note }),
          }),
        (detail, saved) => ({
          ...detail,
          roundResponses: [...detail.roundResponses.filter((r) => !sameAnswer(saved)(r)), saved],
        }),
      ),
    clearRoundResponse: async (round, participantId, itemId) => {
      const auditId = access.get().auditId;
      if (!auditId) return 'No audit is open.';
      const result = await api['rounds.clearResponse']({ auditId, round, participantId, itemId });
      if (!result.ok) return result.error.message;
      const answer = { round, participant: participantId, item: itemId };
      applyEdit(access, auditId, result.value, (detail) => ({
        ...detail,
        roundResponses: detail.roundResponses.filter((r) => !sameAnswer(answer)(r)),
      }));
      return null;
    },
  };
}
