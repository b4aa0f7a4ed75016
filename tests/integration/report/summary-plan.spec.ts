import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { splitsFirst } from '../../../shared/scoring/splits.ts';
import { twelveTeamAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfPages, renderToFile, tempDir } from './pdf-tools.ts';

const dir = tempDir();

/** The summary page and the action plan chapter of a rendered report, whitespace flattened. */
async function summaryAndPlan(name: string, file: AuditFile, anonymous = false) {
  const report = await renderToFile(dir, name, file, { anonymous });
  const pages = pdfPages(report.path).map(flat);
  const summary = pages[1] ?? '';
  const all = pages.join(' ');
  const plan = all.slice(all.lastIndexOf('Action plan The team'), all.indexOf('Appendix: all answers Each'));
  return { report, summary, plan, pages };
}

/** The consultant's plan: #1 dropped, #2 accepted with an owner, the team's own action, and five more. */
function consultantPlan(): AuditFile {
  const file = twelveTeamAudit();
  const recommended = scoreAudit(instrumentV1, answersOf(file)).actions;
  const [first, second, ...rest] = recommended;
  if (!first || !second) throw new Error('the fixture must have recommendations');
  const accept = (r: (typeof recommended)[number], owner: string) => ({
    title: r.title,
    owner,
    due: '2027-02-01',
    status: 'open' as const,
    source: r.id,
  });
  return {
    ...file,
    actions: [
      { title: first.title, status: 'dropped', source: first.id },
      accept(second, 'Ana Souza'),
      {
        title: 'Call ten lost customers ourselves',
        owner: 'Dmitri Okafor',
        due: '2027-01-15',
        status: 'in-progress',
        source: 'custom',
      },
      ...rest.slice(0, 5).map((r, i) => accept(r, i === 2 ? '' : 'Grace Martin')),
    ],
  };
}

describe('the executive summary shows the team’s plan', () => {
  it('leads with the team’s agreed actions, owners and dates; never a dropped one; counts what it counts', async () => {
    const file = consultantPlan();
    const { summary, plan, report } = await summaryAndPlan('consultant-plan', file);
    const dropped = file.actions[0]!.title;
    const recommended = report.results.actions;
    expect(summary).toContain(
      'The team’s plan: 7 agreed actions, with owners and dates. 1 has no owner yet.',
    );
    // The team's own action is there, with its owner, date and state.
    expect(summary).toContain('Call ten lost customers ourselves');
    expect(summary).toMatch(
      /Call ten lost customers ourselves Owner Dmitri Okafor · due 15 Jan 2027 · In progress/,
    );
    expect(summary).toMatch(
      new RegExp(`${recommended[1]!.title.slice(0, 30)}.*Owner Ana Souza · due 1 Feb 2027`),
    );
    expect(summary).toContain('No owner yet');
    // The dropped recommendation #1 is not offered as where to act first.
    expect(summary).not.toContain(dropped);
    // Five shown, two more in the plan: the count matches the plan's seven.
    expect(summary).toContain('2 further actions of the team’s plan are in the action plan.');
    expect(summary).not.toMatch(/further recommended actions/);
    // The action plan: seven agreed, the dropped one apart.
    expect(plan).toContain('The team’s plan: 7 agreed actions. 1 has no owner yet');
    const teamTable = plan.slice(0, plan.indexOf('Recommendations not yet in the plan'));
    expect(teamTable).not.toContain(dropped);
    expect(teamTable).not.toContain('Dropped');
    const droppedPart = plan.slice(plan.indexOf('Dropped by the team'));
    expect(droppedPart).toContain(dropped);
    expect(droppedPart).toContain('A recommendation');
    // Recommendations not yet decided: all but the seven taken and the one dropped.
    const undecided = recommended.filter((r) => !file.actions.some((a) => a.source === r.id));
    expect(undecided.length).toBe(recommended.length - 7);
    const notYet = plan.slice(
      plan.indexOf('Recommendations not yet in the plan'),
      plan.indexOf('Dropped by the team'),
    );
    for (const r of undecided) expect(notYet).toContain(r.title.slice(0, 40));
  });

  it('falls back to the recommendations only while the plan is empty, says so, and leaves out what the team dropped', async () => {
    const base = twelveTeamAudit();
    const recommended = scoreAudit(instrumentV1, answersOf(base)).actions;
    const first = recommended[0]!;
    const file: AuditFile = {
      ...base,
      actions: [{ title: first.title, status: 'dropped', source: first.id }],
    };
    const { summary, plan } = await summaryAndPlan('no-plan', file);
    expect(summary).toContain('The team has not agreed its plan yet.');
    expect(summary).not.toContain(first.title);
    const shown = recommended.slice(1, 6).filter((r) => summary.includes(r.title));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const rest = recommended.length - 1 - shown.length;
    expect(summary).toContain(`${rest} further recommended actions are in the action plan.`);
    expect(plan).toContain(`These are the ${recommended.length - 1} recommended actions it has not dropped`);
    expect(plan.slice(plan.indexOf('Dropped by the team'))).toContain(first.title);
  });

  it('names the failure signs present and severe, and says why they set no cap', async () => {
    const { summary, report } = await summaryAndPlan('signs', twelveTeamAudit());
    const present = report.results.signs.filter((s) => s.present);
    const severe = present.filter((s) => s.severe);
    expect(present.length).toBeGreaterThanOrEqual(3);
    expect(summary).toContain(
      `Failure signs: ${present.length} of ${report.results.signs.length} present${severe.length > 0 ? `, ${severe.length} of them severe` : ''}:`,
    );
    for (const s of present) {
      const name = instrumentV1.signs.find((x) => x.id === s.id)!.name;
      expect(summary).toContain(name);
    }
    // Not ready is below every sign cap: the summary says the signs are not all clear.
    expect(report.results.caps).toEqual([]);
    expect(summary).toContain(
      'They set no cap here only because the level is already no higher than they allow.',
    );
  });

  it('says how many items and which ones the team recorded a consensus on', async () => {
    const { summary, report } = await summaryAndPlan('consensus', twelveTeamAudit());
    const agreed = report.results.items.filter((i) => i.consensus !== null);
    expect(agreed.length).toBeGreaterThan(0);
    expect(summary).toContain(
      `Consensus: the team agreed a value in discussion on ${agreed.length} items (statements 1.5,`,
    );
    const noConsensus = await summaryAndPlan('no-consensus', { ...twelveTeamAudit(), consensus: [] });
    expect(noConsensus.summary).toContain(
      'Consensus: none recorded; every team value is the mean of the answers.',
    );
  });

  it('labels the statements that split the team, so no number reads as a score', async () => {
    const { summary } = await summaryAndPlan('labels', twelveTeamAudit());
    expect(summary).toMatch(/Statement \d\.\d · /);
  });

  it('lists the splits in the reveal’s order: widest spread first, ties in instrument order', async () => {
    // Statements 1.1 and 1.2 both have sd 1.5; 1.2's answers are further apart (range 4, not 3).
    const [first, second] = instrumentV1.dimensions[0]!.items;
    const answers = { [first!.id]: [1, 1, 4, 4], [second!.id]: [1, 4, 4, 5] };
    const base = twelveTeamAudit();
    const file: AuditFile = {
      ...base,
      participants: base.participants.slice(0, 4),
      responses: Object.entries(answers).flatMap(([item, values]) =>
        values.map((value, p) => ({ participant: `p${p + 1}`, item, value })),
      ),
      consensus: [],
      discussion: [],
    };
    const { summary, report } = await summaryAndPlan('split-order', file);
    const split = (id: string) => report.results.items.find((i) => i.id === id)!;
    expect([split(first!.id).sd, split(second!.id).sd]).toEqual([1.5, 1.5]);
    const disagree = summary.slice(summary.indexOf('Where the team disagrees most'));
    expect(disagree.indexOf('Statement 1.1 ·')).toBeGreaterThan(-1);
    expect(disagree.indexOf('Statement 1.1 ·')).toBeLessThan(disagree.indexOf('Statement 1.2 ·'));
    // The reveal shows them in the same order (shared/scoring/splits.ts).
    expect(
      splitsFirst(report.results.items, (i) => i)
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual([first!.id, second!.id]);
  });
});

/** The twelve-person audit still in progress, with three participants who answered a third of the items. */
function draftAudit(): AuditFile {
  const file = twelveTeamAudit();
  let k = 0;
  return {
    ...file,
    audit: { ...file.audit, status: 'in-progress' },
    responses: file.responses.filter((r) => !['p3', 'p5', 'p7'].includes(r.participant) || k++ % 3 === 0),
  };
}

describe('a provisional or draft report says so', () => {
  it('prints Draft on the cover and every footer, and calls the level provisional naming who is incomplete', async () => {
    const { pages, report } = await summaryAndPlan('draft', draftAudit());
    expect(report.results.provisional).toBe(true);
    const [cover, summary] = pages;
    expect(cover).toContain('DRAFT · READINESS REPORT');
    expect(cover).toContain('Draft: the audit is still in progress');
    pages
      .slice(1)
      .forEach((page, i) => expect(page, `page ${i + 2}`).toMatch(/Reality Check Audit 1\.0\.0 · Draft/));
    const level = report.results.level!;
    expect(cover).toContain(`Readiness level ${level}, provisional.`);
    expect(summary).toContain('Readiness level · provisional');
    const share = `${Math.round(report.results.completeness * 100)} % of the possible answers are in`;
    expect(cover).toContain(share);
    expect(summary).toContain(share);
    // Names the incomplete participants: the first six by name, the rest counted.
    const incomplete = report.results.incomplete;
    const names = incomplete.map((id) => report.file.participants.find((p) => p.id === id)!.name);
    expect(summary).toContain(`not every item is answered by ${names.slice(0, 6).join(', ')}`);
    if (names.length > 6) expect(summary).toContain(`and ${names.length - 6} others`);
  });

  it('names the incomplete participants by code when anonymous', async () => {
    const { pages, report } = await summaryAndPlan('draft-anonymous', draftAudit(), true);
    const text = pages.slice(0, 2).join(' ');
    expect(text).toMatch(/not every item is answered by P\d+, P\d+/);
    for (const p of report.file.participants) expect(text).not.toContain(p.name);
  });

  it('says nothing of a provisional level or a draft when the audit is complete and final', async () => {
    const file = twelveTeamAudit();
    const full = { ...file, responses: file.responses };
    const { pages, report } = await summaryAndPlan('final', full);
    expect(report.results.provisional).toBe(false);
    const text = pages.join(' ');
    expect(text).not.toMatch(/provisional|Draft/i);
  });
});
