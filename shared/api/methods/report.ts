import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import type { ReportPreview } from '../models.ts';
import { fileMethod, method } from './declare.ts';

/** The PDF readiness report: what it will say, and the file itself. */
export const reportMethods = {
  'report.export': fileMethod<{ pages: number }>(
    { title: 'Export the readiness report', filters: [{ name: 'PDF', extensions: ['pdf'] }] },
    { slow: true },
  )(z.strictObject({ id, anonymous: z.boolean(), includeAppendix: z.boolean().default(true) })),

  /** What the Report step shows before an export: warnings, the file name and every name replacement. */
  'report.preview': method<ReportPreview>({ slow: true })(z.strictObject({ id, anonymous: z.boolean() })),
};
