import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import { twelveTeamAudit, unicodeAudit } from '../../fixtures/report-audits.ts';
import { pdfInfo, renderToFile, tempDir } from './pdf-tools.ts';

describe('deterministic mode', () => {
  it('gives the same bytes for the same audit, dated with the audit date', async () => {
    for (const make of [twelveTeamAudit, unicodeAudit]) {
      const file = make();
      const input = { file, instrument: instrumentV1, results: scoreAudit(instrumentV1, answersOf(file)) };
      const options = { anonymous: false, includeAppendix: true, deterministic: true };
      const first = await renderReport(input, options);
      const second = await renderReport(input, options);
      expect(first.equals(second)).toBe(true);
    }
    const dir = tempDir();
    const report = await renderToFile(dir, 'fixed', twelveTeamAudit());
    expect(pdfInfo(report.path).CreationDate).toMatch(/^2026-11-23T00:00:00(Z|\+00)/);
  });

  it('dates an ordinary report with the time it was made', async () => {
    const report = await renderToFile(tempDir(), 'now', twelveTeamAudit(), { deterministic: false });
    const created = new Date(pdfInfo(report.path).CreationDate ?? '');
    expect(Math.abs(created.getTime() - Date.now())).toBeLessThan(5 * 60_000);
  });
});
