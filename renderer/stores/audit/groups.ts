import { api } from '../../api.ts';
import { sendEdit, withoutRow, withRow } from './edit.ts';
import type { AuditState, AuditStoreAccess } from './state.ts';

type GroupActions = Pick<AuditState, 'addGroup' | 'renameGroup' | 'removeGroup' | 'reorderGroups'>;

/** Role groups (docs/spec/scoring.md, "Role groups"): each change shows once it is saved. */
export function groupActions(access: AuditStoreAccess): GroupActions {
  return {
    addGroup: (name) =>
      sendEdit(
        access,
        (auditId) => api['groups.add']({ auditId, name }),
        (detail, group) => ({ ...detail, groups: withRow(detail.groups, group) }),
      ),
    renameGroup: (groupId, name) =>
      sendEdit(
        access,
        (auditId) => api['groups.update']({ auditId, groupId, name }),
        (detail, group) => ({ ...detail, groups: withRow(detail.groups, group) }),
      ),
    removeGroup: (groupId) =>
      sendEdit(
        access,
        (auditId) => api['groups.remove']({ auditId, groupId }),
        // Its members stay, in no group (the store answers only the group's id).
        (detail, removed) => ({
          ...detail,
          groups: withoutRow(detail.groups, removed.id),
          participants: detail.participants.map((p) => (p.group === removed.id ? { ...p, group: '' } : p)),
        }),
      ),
    reorderGroups: (groupIds) =>
      sendEdit(
        access,
        (auditId) => api['groups.reorder']({ auditId, groupIds: [...groupIds] }),
        (detail, groups) => ({ ...detail, groups }),
      ),
  };
}
