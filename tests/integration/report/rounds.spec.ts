import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFacts } from '../../../electron/core/report/model/audit-facts.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { flat, pdfText, tempDir } from './pdf-tools.ts';

const ROUNDS = 'tests/fixtures/audits/acme-rounds-groups.rca.json';

describe('the report of a file with re-vote rounds', () => {
  it('counts and lists each item’s final-round answers, like the numbers', () => {
    const parsed = parseAuditFileText(readFileSync(ROUNDS, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const { file, instrument } = parsed;
    const facts = auditFacts({ file, instrument, results: scoreAudit(instrument, answersOf(file)) });
    const leadership1 = facts.get('leadership-1');
    // Round 2: 3 × 4 (front line), 4 × 6; u1 did not answer round 2.
    expect(leadership1?.counts).toEqual([0, 0, 4, 6, 0]);
    expect(leadership1?.answers.get('e1')).toBe(4);
    expect(leadership1?.answers.has('u1')).toBe(false);
    expect(facts.get('leadership-2')?.counts).toEqual([0, 4, 1, 3, 3]);
  });

  it('is written by rca report', async () => {
    const out = path.join(tempDir(), 'rounds.pdf');
    expect(await runRca('report', ROUNDS, '--out', out)).toMatchObject({ code: 0, err: '' });
    expect(flat(pdfText(out))).toContain('Readiness index 64 %');
  });
});
