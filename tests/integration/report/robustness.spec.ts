import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { renderReport } from '../../../electron/core/report/render-report.ts';
import { peopleOf } from '../../../electron/core/report/model/people.ts';
import { validAuditFile } from '../../fixtures/audit-file-arbitraries.ts';
import { onePersonAudit } from '../../fixtures/report-audits.ts';

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

describe('the report of any valid audit file', () => {
  it('renders, whatever the names, notes, answers, contacts and plan', async () => {
    await fc.assert(
      fc.asyncProperty(validAuditFile, fc.boolean(), async (raw, anonymous) => {
        const parsed = validateAuditFile(raw);
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        const results = scoreAudit(parsed.instrument, answersOf(parsed.file));
        const pdf = await renderReport(
          { file: parsed.file, instrument: parsed.instrument, results },
          { anonymous, includeAppendix: true, deterministic: true },
        );
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(8);
      }),
      { numRuns: 12, seed: 20261123 },
    );
  });

  it('renders an audit nobody has answered yet', async () => {
    const base = onePersonAudit();
    const file = {
      ...base,
      audit: { ...base.audit, status: 'in-progress' as const },
      participants: [],
      responses: [],
    };
    const results = scoreAudit(instrumentV1, answersOf(file));
    expect(results.index).toBeNull();
    const pdf = await renderReport(
      { file, instrument: instrumentV1, results },
      { anonymous: true, includeAppendix: true, deterministic: true },
    );
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(8);
  });
});

describe('anonymous codes', () => {
  it('number participants without a code P1, P2… in order, skipping codes already taken', () => {
    const file = onePersonAudit();
    const people = peopleOf(
      {
        ...file,
        participants: [
          { id: 'a', name: 'Ana Souza' },
          { id: 'b', name: 'Ben Okafor', code: 'P1' },
          { id: 'c', name: 'Chloé Martin' },
        ],
      },
      true,
    );
    expect(people.all.map((p) => p.label)).toEqual(['P2', 'P1', 'P3']);
    expect(peopleOf(file, false).all.map((p) => p.label)).toEqual(['Solveig Amundsen']);
  });
});
