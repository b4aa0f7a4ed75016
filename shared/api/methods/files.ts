import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import { fileSizeProblem } from '../../audit-file/size-limits.ts';
import type { ExportedFile, ImportOutcome } from '../models.ts';
import { method } from './declare.ts';

/** The text of an audit file, refused before anything else when it is larger than the limit. */
const auditFileText = z.string().superRefine((text, ctx) => {
  const problem = fileSizeProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
});

/** Audit files (`*.rca.json`): import one as an audit, export an audit as one. */
export const fileMethods = {
  'files.import': method<ImportOutcome>({ changesAuditList: true, slow: true })(
    z.strictObject({
      text: auditFileText,
      /** When the file's audit is already here: import a copy (the default), or report it and import nothing. */
      ifExists: z.enum(['copy', 'report']).optional(),
    }),
  ),
  'files.export': method<ExportedFile>({ slow: true })(z.strictObject({ id })),
};
