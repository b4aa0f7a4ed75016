import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { ReportWriteError, writeReport } from '../../../electron/core/report/write-report.ts';
import { onePersonAudit } from '../../fixtures/report-audits.ts';
import { pdfInfo, tempDir } from './pdf-tools.ts';

const file = onePersonAudit();
const input = { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
const options = { anonymous: false, includeAppendix: true, deterministic: true };

describe('writeReport', () => {
  it('writes a complete PDF, replacing an existing file in one step', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.pdf');
    writeFileSync(out, 'an older report');
    const bytes = await writeReport(input, options, out);
    const written = readFileSync(out);
    expect(written.length).toBe(bytes);
    expect(written.subarray(0, 5).toString()).toBe('%PDF-');
    expect(written.subarray(-6).toString()).toMatch(/%%EOF\s*$/);
    expect(Number(pdfInfo(out).Pages)).toBeGreaterThan(10);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('fails with a clear message and leaves nothing behind when the path cannot be written', async () => {
    const dir = tempDir();
    const cases: [string, string][] = [
      [path.join(dir, 'missing', 'report.pdf'), 'the folder does not exist'],
      [path.join(dir, 'a-file.txt', 'report.pdf'), 'part of the path is a file, not a folder'],
      [path.join(dir, 'a-folder'), 'that path is a folder'],
    ];
    writeFileSync(path.join(dir, 'a-file.txt'), 'not a folder');
    mkdirSync(path.join(dir, 'a-folder'));
    for (const [out, reason] of cases) {
      const error = await writeReport(input, options, out).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ReportWriteError);
      expect((error as Error).message).toBe(`cannot write the report to ${out}: ${reason}`);
    }
    // No temporary or half-written file anywhere; the folder in the way is untouched.
    expect(readdirSync(dir).sort()).toEqual(['a-file.txt', 'a-folder']);
    expect(readdirSync(path.join(dir, 'a-folder'))).toEqual([]);
  });
});
