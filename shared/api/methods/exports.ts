import { z } from 'zod';
import { id } from '../../audit-file/fields.ts';
import { fileMethod } from './declare.ts';

/**
 * Which names an export shows: omitted, the audit's own setting (what the Report step's
 * checkbox starts from); true replaces names by codes exactly as the anonymous report does.
 */
const exportInput = z.strictObject({ id, anonymous: z.boolean().optional() });

/** What the window says about a made export. */
export type ExportDetails = { readonly anonymous: boolean };

/**
 * The exports beside the PDF (docs/spec/interfaces.md, `rca export --format`): the CSV tables
 * (one zip of the folder `rca export --format csv` writes), one Excel workbook of the same
 * tables, and a PowerPoint deck of the results. Each makes a file the desktop saves with a
 * dialog and the browser downloads.
 */
export const exportMethods = {
  'exports.csv': fileMethod<ExportDetails>(
    { title: 'Export the CSV tables', filters: [{ name: 'Zip archive of CSV tables', extensions: ['zip'] }] },
    { slow: true },
  )(exportInput),
  'exports.xlsx': fileMethod<ExportDetails>(
    { title: 'Export the Excel workbook', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] },
    { slow: true },
  )(exportInput),
  'exports.pptx': fileMethod<ExportDetails>(
    {
      title: 'Export the PowerPoint deck',
      filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
    },
    { slow: true },
  )(exportInput),
};
