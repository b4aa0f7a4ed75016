import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { renderAuditReport } from '../../../electron/core/services/report.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { changeText, signStateText, spanText, type Trend } from '../../../shared/scoring/trend.ts';
import { writeClientHistory, type ClientHistory } from '../../fixtures/client-history.ts';
import { call, steppingClock, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { pdfPages } from './pdf-tools.ts';

let storage: Storage;
let history: ClientHistory;
let trend: Trend;
let pages: string[];

async function reportPages(id: string, anonymous = false): Promise<string[]> {
  const { pdf } = await renderAuditReport(storage, {
    id,
    anonymous,
    includeAppendix: false,
    deterministic: true,
  });
  const file = path.join(tempDir(), 'report.pdf');
  writeFileSync(file, pdf);
  if (process.env['RC_KEEP_PDF']) writeFileSync(process.env['RC_KEEP_PDF'], pdf);
  return pdfPages(file, { layout: true });
}

beforeAll(async () => {
  storage = await tempStorage({ clock: steppingClock() });
  history = await writeClientHistory(storage);
  trend = await call(storage, 'audits.trend', { id: history.auditIds[2] });
  pages = await reportPages(history.auditIds[2]);
}, 120_000);
afterAll(() => closeStorage(storage));

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('the report of a client’s third audit', () => {
  it('has a "Progress since" section from the first audit, with the compatibility line', () => {
    const progress = pages.filter((p) => p.includes('Progress since 20 November 2024'));
    expect(progress.length).toBeGreaterThan(0);
    const text = squash(progress.join(' '));
    expect(text).toContain('Compared on 44 of 44 statements both versions share.');
    expect(text).toContain('3 audits of Harbour Logistics, oldest first.');
  });

  it('shows each audit’s level, index and change as the trend computes them', () => {
    const rows = pages.join('\n').split('\n');
    for (const point of trend.audits) {
      const row = rows.find(
        (r) => r.includes(point.title) && r.includes(`${roundForDisplay(point.index ?? 0)} %`),
      );
      expect(row, point.title).toBeDefined();
      expect(row).toContain(point.level ?? '–');
      expect(row!.trim().endsWith(changeText(point.indexChange))).toBe(true);
    }
  });

  it('shows every dimension first and last, the signs then and now, and last time’s plan', () => {
    const text = squash(pages.join(' '));
    for (const [i, d] of trend.dimensions.entries()) {
      const first = trend.audits[0]!.dimensions[i]!.percent!;
      const last = trend.audits.at(-1)!.dimensions[i]!.percent!;
      expect(text, d.name).toContain(`${d.name} `);
      expect(text, d.name).toContain(spanText(first, last));
    }
    const sign = trend.signs[0]!;
    expect(text).toMatch(new RegExp(`${sign.name} ${signStateText(sign.then)} ${signStateText(sign.now)}`));
    expect(text).toContain(
      'Of the 4 actions of last time’s plan: 2 done, 0 in progress, 1 dropped and 1 carried into this plan.',
    );
  });

  it('has no progress section for the first audit, which has nothing earlier', async () => {
    const first = await reportPages(history.auditIds[0]);
    expect(first.join(' ')).not.toContain('Progress since');
  });

  it('is in what `rca report --db --audit` writes', async () => {
    const out = path.join(tempDir(), 'cli.pdf');
    const { code, err } = await runRca(
      'report',
      '--db',
      storage.location.databasePath,
      '--audit',
      history.auditIds[2],
      '--out',
      out,
    );
    expect([code, err]).toEqual([0, '']);
    const text = squash(pdfPages(out).join(' '));
    expect(text).toContain('Progress since 20 November 2024');
    expect(text).toContain(trend.compatibility);
  });

  it('keeps the section in an anonymous report, with no participant’s name', async () => {
    const anonymous = squash((await reportPages(history.auditIds[2], true)).join(' '));
    expect(anonymous).toContain('Progress since 20 November 2024');
    for (const name of ['Ines Moreau', 'Tom Becker', 'Priya Nair']) expect(anonymous).not.toContain(name);
  });
});
