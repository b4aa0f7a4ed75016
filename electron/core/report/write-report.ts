import { renderReport } from './render-report.ts';
import type { ReportInput, ReportOptions } from './types.ts';
import { writeAtomically } from './write-atomically.ts';

export { ReportWriteError, writeAtomically } from './write-atomically.ts';

/** Renders the report and saves it at `outPath` atomically; returns the number of bytes written. */
export async function writeReport(
  input: ReportInput,
  options: ReportOptions,
  outPath: string,
): Promise<number> {
  const pdf = await renderReport(input, options);
  await writeAtomically(outPath, pdf);
  return pdf.length;
}
