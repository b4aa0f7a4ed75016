import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import { brandedAudit, onePersonAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfPages, pdfText, tempDir } from './pdf-tools.ts';

const options = { anonymous: false, includeAppendix: false, deterministic: true };

describe('branding and re-assessment', () => {
  it('puts the logo on the cover and survives a logo it cannot decode', async () => {
    const file = brandedAudit();
    const results = scoreAudit(instrumentV1, answersOf(file));
    const pdf = await renderReport({ file, instrument: instrumentV1, results }, options);
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);

    const broken = {
      ...file,
      audit: { ...file.audit, branding: { logo: 'data:image/png;base64,AAAAAAAA' } },
    };
    const fallback = await renderReport({ file: broken, instrument: instrumentV1, results }, options);
    expect(fallback.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    const out = path.join(tempDir(), 'broken-logo.pdf');
    writeFileSync(out, fallback);
    expect(flat(pdfText(out))).toContain('Executive summary');
  });

  it('overlays the earlier audit and shows each dimension’s change in display-rounded points', async () => {
    const file = brandedAudit('#7a1f5c');
    const earlier = onePersonAudit();
    const results = scoreAudit(instrumentV1, answersOf(file));
    const previous = { file: earlier, results: scoreAudit(instrumentV1, answersOf(earlier)) };
    const pdf = await renderReport({ file, instrument: instrumentV1, results, previous }, options);
    const out = path.join(tempDir(), 'again.pdf');
    writeFileSync(out, pdf);
    const overview = pdfPages(out, { layout: true }).find((p) => p.includes('(points)'));
    expect(overview).toBeDefined();
    for (const d of results.dimensions) {
      const before = previous.results.dimensions.find((p) => p.id === d.id)?.percent ?? null;
      const delta = roundForDisplay(d.percent ?? 0) - roundForDisplay(before ?? 0);
      const change = delta > 0 ? `+${delta}` : delta < 0 ? `-${-delta}` : '0';
      const row = new RegExp(`^\\s*${d.name}\\s.*\\d+ of \\d+.*\\s(\\d+) ?%\\s+(\\S+)\\s*$`, 'm').exec(
        overview ?? '',
      );
      expect(row?.slice(1), d.name).toEqual([String(roundForDisplay(before ?? 0)), change]);
    }
    const summary = flat(pdfPages(out)[1] ?? '');
    expect(summary).toContain(
      `Previous audit (23 November 2026): ${previous.results.level}, index ${roundForDisplay(previous.results.index ?? 0)} %.`,
    );
  });
});
