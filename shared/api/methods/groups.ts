import { z } from 'zod';
import { id, name } from '../../audit-file/fields.ts';
import { MAX_GROUPS } from '../../limits.ts';
import type { Group } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/**
 * Role groups (docs/spec/scoring.md, "Role groups and the perception gap"): add, rename, reorder,
 * remove (its members then belong to no group). A participant's group is set with
 * participants.add / participants.update (`groupId`), the group-size floor with audits.update
 * (`minGroupSize`).
 */
export const groupMethods = {
  'groups.add': auditEdit<Group>()(auditId.extend({ name }).strict()),
  'groups.update': auditEdit<Group>()(auditId.extend({ groupId: id, name }).strict()),
  /** Removes the group; its members stay in the audit, in no group. */
  'groups.remove': auditEdit<{ id: string }>()(auditId.extend({ groupId: id }).strict()),
  'groups.reorder': auditEdit<Group[]>()(auditId.extend({ groupIds: z.array(id).max(MAX_GROUPS) }).strict()),
};
