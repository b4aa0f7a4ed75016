import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import type { AuditDetail } from '../models.ts';
import { auditEdit } from './declare.ts';

/** The gate between blind scoring and the reveal. */
export const revealMethods = {
  /** Starts the reveal: the reveal, results and plan open, and blind answers are locked. */
  'audits.startReveal': auditEdit<AuditDetail>()(z.strictObject({ id })),
  /** Reopens blind scoring after a reveal, so answers can change; the reveal closes again. */
  'audits.reopenScoring': auditEdit<AuditDetail>()(z.strictObject({ id })),
};
