import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';

/** The format-2 example with a plan of two actions and the review of an earlier plan. */
function fileWith(planReview: unknown[]): string {
  const file = JSON.parse(
    readFileSync('tests/fixtures/audits/acme-rounds-groups.rca.json', 'utf8'),
  ) as Record<string, unknown>;
  file.actions = [
    { id: 'new-1', title: 'Call every customer we lose', status: 'open', source: 'custom' },
    { id: 'new-2', title: 'Monthly review', status: 'open', source: 'custom' },
  ];
  file.planReview = planReview;
  return JSON.stringify(file);
}

const problemsOf = (text: string) => {
  const parsed = parseAuditFileText(text);
  return parsed.ok ? [] : parsed.problems;
};

describe('the review of an earlier plan in an audit file', () => {
  it('is optional, and read with every outcome, or none yet', () => {
    expect(problemsOf(fileWith([]))).toEqual([]);
    const parsed = parseAuditFileText(
      fileWith([
        {
          action: 'a1',
          title: 'Call every customer we lose',
          source: 'custom',
          status: 'open',
          outcome: 'carried',
          carriedAction: 'new-1',
        },
        { action: 'a2', title: 'Publish figures', source: 'custom', status: 'done', outcome: 'done' },
        {
          action: 'a3',
          title: 'New survey',
          owner: 'Ana',
          due: '2026-03-01',
          source: 'custom',
          status: 'open',
          note: 'Half done',
        },
      ]),
    );
    expect(parsed.ok && parsed.file.planReview?.map((r) => r.outcome)).toEqual([
      'carried',
      'done',
      undefined,
    ]);
  });

  it('refuses, naming each, an unknown outcome, an action reviewed twice, and carried actions that name no action or the wrong one', () => {
    expect(
      problemsOf(
        fileWith([{ action: 'a1', title: 'T', source: 'custom', status: 'open', outcome: 'finished' }]),
      ),
    ).toEqual([
      'planReview[0].outcome: Invalid option: expected one of "done"|"in-progress"|"dropped"|"carried"',
    ]);
    expect(
      problemsOf(
        fileWith([
          { action: 'a1', title: 'T', source: 'custom', status: 'open', outcome: 'carried' },
          {
            action: 'a1',
            title: 'T',
            source: 'custom',
            status: 'open',
            outcome: 'done',
            carriedAction: 'new-1',
          },
          {
            action: 'a2',
            title: 'T',
            source: 'custom',
            status: 'open',
            outcome: 'carried',
            carriedAction: 'nope',
          },
          {
            action: 'a3',
            title: 'T',
            source: 'custom',
            status: 'open',
            outcome: 'carried',
            carriedAction: 'new-2',
          },
          {
            action: 'a4',
            title: 'T',
            source: 'custom',
            status: 'open',
            outcome: 'carried',
            carriedAction: 'new-2',
          },
        ]),
      ),
    ).toEqual([
      'planReview[0].carriedAction: a carried action names the action it became',
      'planReview[1].action: "a1" is reviewed twice',
      'planReview[1].carriedAction: only an action carried into the plan names one',
      'planReview[2].carriedAction: "nope" is not in actions',
      'planReview[4].carriedAction: "new-2" is already the carried form of another action',
    ]);
  });
});
