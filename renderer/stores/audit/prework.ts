import type { MergedResponses } from '../../../shared/api/models.ts';
import { api } from '../../api.ts';
import { applyEdit, withRow } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

type PreworkActions = Pick<AuditState, 'mergeResponseFile'>;

/** What merging a response file did: the merge's answer, or the message of its refusal. */
export type MergeOutcome =
  { readonly ok: true; readonly merged: MergedResponses } | { readonly ok: false; readonly message: string };

/**
 * Pre-work answers (docs/spec/interfaces.md, "The response file"): a merged file's participant
 * and answers go into the audit on screen once saved, like any other edit.
 */
export function preworkActions(access: AuditStoreAccess): PreworkActions {
  return {
    mergeResponseFile: async (text) => {
      const auditId = access.get().auditId;
      if (!auditId) return { ok: false, message: 'No audit is open.' };
      const result = await api['files.merge']({ auditId, text });
      if (!result.ok) return { ok: false, message: result.error.message };
      const merged = result.value;
      if (merged.status === 'merged') {
        applyEdit(access, auditId, merged, (detail, { participant, responses }) => {
          const answered = new Set(responses.map((r) => `${r.participant}/${r.item}`));
          return {
            ...detail,
            participants: withRow(detail.participants, participant),
            responses: [
              ...detail.responses.filter((r) => !answered.has(`${r.participant}/${r.item}`)),
              ...responses,
            ],
          };
        });
      }
      return { ok: true, merged };
    },
  };
}
