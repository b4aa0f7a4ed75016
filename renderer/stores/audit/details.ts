import { api } from '../../api.ts';
import { sendEdit, withoutRow, withRow } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

type DetailActions = Pick<
  AuditState,
  | 'update'
  | 'startReveal'
  | 'reopenScoring'
  | 'addParticipant'
  | 'editParticipant'
  | 'removeParticipant'
  | 'reorderParticipants'
>;

/** Set-up: the audit's details and the reveal's gate (each answers the whole audit), and the participants. */
export function detailActions(access: AuditStoreAccess): DetailActions {
  const wholeAudit = <Value>(_detail: unknown, value: Value) => value;
  return {
    update: (fields) => sendEdit(access, (id) => api['audits.update']({ id, ...fields }), wholeAudit),
    startReveal: () => sendEdit(access, (id) => api['audits.startReveal']({ id }), wholeAudit),
    reopenScoring: () => sendEdit(access, (id) => api['audits.reopenScoring']({ id }), wholeAudit),

    addParticipant: (fields) =>
      sendEdit(
        access,
        (auditId) => api['participants.add']({ auditId, ...fields }),
        (detail, participant) => ({ ...detail, participants: withRow(detail.participants, participant) }),
      ),
    editParticipant: (participantId, fields) =>
      sendEdit(
        access,
        (auditId) => api['participants.update']({ auditId, participantId, ...fields }),
        (detail, participant) => ({ ...detail, participants: withRow(detail.participants, participant) }),
      ),
    removeParticipant: (participantId) =>
      sendEdit(
        access,
        (auditId) => api['participants.remove']({ auditId, participantId }),
        // Their answers go with them.
        (detail, removed) => ({
          ...detail,
          participants: withoutRow(detail.participants, removed.id),
          responses: detail.responses.filter((r) => r.participant !== removed.id),
        }),
      ),
    reorderParticipants: (participantIds) =>
      sendEdit(
        access,
        (auditId) => api['participants.reorder']({ auditId, participantIds: [...participantIds] }),
        (detail, participants) => ({ ...detail, participants }),
      ),
  };
}
