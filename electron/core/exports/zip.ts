import { zipSync } from 'fflate';
import type { CsvFile } from './csv.ts';

/**
 * The CSV folder as one zip archive, for the window and the browser, which hand over one file
 * (a save dialog, a download). Every entry is dated `date` (the audit's date), so the same
 * audit gives the same bytes.
 */
export function zipFolder(folder: string, files: readonly CsvFile[], date: string): Uint8Array {
  const mtime = new Date(`${date}T12:00:00Z`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) entries[`${folder}/${file.name}`] = [file.content, { mtime }];
  return zipSync(entries, { level: 6 });
}
