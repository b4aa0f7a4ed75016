import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import { fileSizeProblem } from '../../audit-file/size-limits.ts';
import { responseFileSizeProblem } from '../../response-file/validate.ts';
import type { ExportedFile, ImportOutcome, MergedResponses, PreworkFormDetails } from '../models.ts';
import { auditEdit, fileMethod, method } from './declare.ts';

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
  /**
   * Makes a pre-work form: one self-contained HTML file that runs offline in any browser and
   * saves a response file, for the whole audit, for one group, or for one seat (a participant
   * of the roster without answers). Before the reveal only; never written by the service.
   */
  'files.preworkForm': fileMethod<PreworkFormDetails>({
    title: 'Save the pre-work form',
    filters: [{ name: 'Web page', extensions: ['html'] }],
  })(
    z
      .strictObject({
        auditId: id,
        /** A participant's id: the form fills that seat. */
        seat: id.optional(),
        /** A group's id: every answer from the form joins that group. */
        group: id.optional(),
      })
      .refine((input) => input.seat === undefined || input.group === undefined, {
        message: 'give a seat or a group, not both: a seat brings its own group',
      }),
  ),
};
