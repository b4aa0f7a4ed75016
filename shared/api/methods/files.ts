import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import { fileSizeProblem } from '../../audit-file/size-limits.ts';
import { responseFileSizeProblem } from '../../response-file/validate.ts';
import type { ExportedFile, ImportOutcome, MergedResponses } from '../models.ts';
import { auditEdit, method } from './declare.ts';

/** The text of an audit file, refused before anything else when it is larger than the limit. */
const auditFileText = z.string().superRefine((text, ctx) => {
  const problem = fileSizeProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
});

/** The text of a response file, refused before anything else when it is larger than the limit. */
const responseFileText = z.string().superRefine((text, ctx) => {
  const problem = responseFileSizeProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
});

/**
 * Audit files (`*.rca.json`): import one as an audit, export an audit as one. Response files
 * (`*.rcr.json`, docs/spec/interfaces.md): merge one person's pre-work answers into an audit.
 */
export const fileMethods = {
  'files.import': method<ImportOutcome>({ changesAuditList: true, slow: true })(
    z.strictObject({
      text: auditFileText,
      /** When the file's audit is already here: import a copy (the default), or report it and import nothing. */
      ifExists: z.enum(['copy', 'report']).optional(),
    }),
  ),
  'files.export': method<ExportedFile>({ slow: true })(z.strictObject({ id })),
  /**
   * Merges a response file into the audit, all or nothing: a new participant with the file's
   * answers, or the answers into the seat (`participant.seat`, a participant's id) the form
   * was made for. The same file again changes nothing. Before the reveal only.
   */
  'files.merge': auditEdit<MergedResponses>()(z.strictObject({ auditId: id, text: responseFileText })),
};
