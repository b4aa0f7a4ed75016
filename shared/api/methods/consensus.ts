import { id, note, scaleValue } from '../../audit-file/fields.ts';
import type { Consensus, DiscussionNote } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** What the team says and agrees on during the reveal: a discussion note and a consensus per item. */
export const consensusMethods = {
  /** Records the team's consensus on an item; a null value removes it. */
  'consensus.set': auditEdit<Consensus | null>()(
    auditId.extend({ itemId: id, value: scaleValue.nullable(), note: note.optional() }).strict(),
  ),
  /** Saves an item's discussion note; an empty note removes it. */
  'discussion.set': auditEdit<DiscussionNote>()(auditId.extend({ itemId: id, note }).strict()),
};
