import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import type { ReportOptions } from '../../../electron/core/report/types.ts';

/**
 * Reading real PDFs back with poppler-utils. A missing tool fails the test with the package
 * to install, never skips it: CI installs poppler-utils.
 */
function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `${tool} is missing: install poppler-utils (apt-get install -y poppler-utils) to run the report tests`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The text of a PDF; `layout` keeps columns on one line (table rows), otherwise reading order. */
export function pdfText(file: string, options: { layout?: boolean } = {}): string {
  return run('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']);
}

/** The text of each page, in order. */
export function pdfPages(file: string, options: { layout?: boolean } = {}): string[] {
  const pages = pdfText(file, options).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Text with every run of whitespace made one space, so wrapped sentences can be searched. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** One font as pdffonts lists it. */
export type FontRow = { name: string; type: string; embedded: boolean };

/** The fonts `pdffonts` lists, with whether each is embedded. */
export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!match) throw new Error(`cannot read pdffonts line: ${line}`);
    return { name: match[1] ?? '', type: match[2] ?? '', embedded: match[4] === 'yes' };
  });
}

/** `pdfinfo`'s fields. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** A temporary folder for one test file's PDFs. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'rca-report-'));
}

/** A report written to disk, with the audit and results it was made from. */
export type Rendered = { path: string; results: AuditResults; file: AuditFile; bytes: Buffer };

/** Scores an audit with the real model, renders its report and writes it to `dir`. */
export async function renderToFile(
  dir: string,
  name: string,
  file: AuditFile,
  options: Partial<ReportOptions> = {},
): Promise<Rendered> {
  const results = scoreAudit(instrumentV1, answersOf(file));
  const bytes = await renderReport(
    { file, instrument: instrumentV1, results },
    { anonymous: false, includeAppendix: true, deterministic: true, ...options },
  );
  const out = path.join(dir, `${name}.pdf`);
  writeFileSync(out, bytes);
  return { path: out, results, file, bytes };
}

/**
 * How far down each page its text reaches, as a share of the body (between the top and
 * bottom margins, footer left out): 0.3 is a page with text only in its top third.
 */
export function pageFill(file: string, margins = { top: 58, bottom: 66 }): number[] {
  const xml = run('pdftotext', ['-bbox-layout', file, '-']);
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 841.89);
      const bottom = height - margins.bottom;
      let lowest = margins.top;
      for (const m of page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
        const yMax = Number(m[2]);
        if (yMax <= bottom + 1) lowest = Math.max(lowest, yMax);
      }
      return (lowest - margins.top) / (bottom - margins.top);
    });
}
