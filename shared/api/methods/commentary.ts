import { commentaryText, id } from '../../audit-file/fields.ts';
import type { Commentary } from '../models.ts';
import { auditEdit, auditId } from './declare.ts';

/** The consultant's commentary: the summary and recommendations in their own words, and each dimension's. */
export const commentaryMethods = {
  /**
   * Saves the commentary on the summary page, or on one dimension when `dimensionId` names it;
   * an empty text removes it. Answers with the whole commentary.
   */
  'commentary.set': auditEdit<Commentary>()(
    auditId.extend({ dimensionId: id.optional(), text: commentaryText }).strict(),
  ),
};
