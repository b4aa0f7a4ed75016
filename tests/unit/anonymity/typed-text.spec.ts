import { describe, expect, it } from 'vitest';
import {
  anonymiseAuditFile,
  anonymiseResults,
  matcherOf,
  plannedReplacements,
} from '../../../shared/anonymity/typed-text.ts';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { onePersonAudit } from '../../fixtures/report-audits.ts';

/** A small audit whose every typed field names someone, and whose fixed texts do too. */
function audit(): AuditFile {
  const base = onePersonAudit();
  return {
    ...base,
    audit: {
      ...base.audit,
      title: 'Will’s team offsite',
      organization: 'Souza & Sons Ltd',
      facilitator: 'Ana Souza',
    },
    participants: [
      { id: 'p1', name: 'Ana Souza', role: 'CEO' },
      { id: 'p2', name: 'Will Turner', role: 'CFO', code: 'WT' },
    ],
    responses: [
      { participant: 'p1', item: 'leadership-1', value: 4, note: 'Will Turner disagrees, we will see.' },
      { participant: 'p2', item: 'leadership-1', value: 2 },
    ],
    consensus: [{ item: 'leadership-2', value: 3, note: 'Agreed with ANA.' }],
    discussion: [{ item: 'sign-destination', note: 'souza asked for data' }],
    contacts: [
      { name: 'Ana’s key account', category: 'rescue', importance: 5, performance: 1, note: 'Will owns it' },
    ],
    actions: [
      {
        title: 'Brief Will',
        description: 'Ana to prepare',
        owner: 'Ana Souza',
        successMeasure: 'Will Turner signs off',
        status: 'open',
        source: 'custom',
      },
    ],
  };
}

describe('anonymising an audit', () => {
  it('replaces names in every typed field and leaves the organisation, title and facilitator as written', () => {
    const file = audit();
    const out = anonymiseAuditFile(file);
    expect(out.audit).toEqual(file.audit);
    expect(out.participants).toEqual([
      { id: 'p1', name: 'P1', code: 'P1' },
      { id: 'p2', name: 'WT', code: 'WT' },
    ]);
    expect(out.responses[0]?.note).toBe('WT disagrees, we will see.');
    expect(out.consensus[0]?.note).toBe('Agreed with P1.');
    expect(out.discussion[0]?.note).toBe('P1 asked for data');
    expect(out.contacts[0]).toMatchObject({ name: 'P1’s key account', note: 'WT owns it' });
    expect(out.actions[0]).toMatchObject({
      title: 'Brief WT',
      description: 'P1 to prepare',
      owner: 'P1',
      successMeasure: 'WT signs off',
    });
    // The input is not changed.
    expect(file.responses[0]?.note).toBe('Will Turner disagrees, we will see.');
  });

  it('replaces a contact’s name in the results and only the quoted name in recommendations about it', () => {
    const file = audit();
    const results = scoreAudit(instrumentV1, answersOf(file));
    const contactAction = results.actions.find((a) => a.id.endsWith(':contact-1'));
    expect(contactAction?.reason).toContain('Ana’s key account');
    const out = anonymiseResults(results, matcherOf(file));
    expect(out.contacts[0]?.name).toBe('P1’s key account');
    const after = out.actions.find((a) => a.id === contactAction?.id);
    expect(after?.reason).toContain('P1’s key account');
    expect(JSON.stringify(out.actions)).not.toContain('Ana');
    // Library wording elsewhere is untouched.
    const others = results.actions.filter((a) => a.id !== contactAction?.id);
    expect(out.actions.filter((a) => a.id !== contactAction?.id)).toEqual(others);
  });

  it('replaces a name in a role group’s name, in the file, the results and the perception-gap action quoting it', () => {
    const base = audit();
    const file: AuditFile = {
      ...base,
      formatVersion: 2,
      groups: [
        { id: 'exec', name: 'Will’s executives' },
        { id: 'front', name: 'Front line' },
      ],
      participants: [
        ...base.participants.map((p) => ({ ...p, group: 'exec' })),
        { id: 'p3', name: 'Kim Lee', group: 'exec' },
        ...['p4', 'p5', 'p6'].map((id) => ({ id, name: `Person ${id}`, group: 'front' })),
      ],
      // Executives 5, front line 1, on half of Customer Leadership: a perception gap of 100 points.
      responses: ['leadership-1', 'leadership-2', 'leadership-3'].flatMap((item) => [
        ...['p1', 'p2', 'p3'].map((participant) => ({ participant, item, value: 5 })),
        ...['p4', 'p5', 'p6'].map((participant) => ({ participant, item, value: 1 })),
      ]),
    };
    const matcher = matcherOf(file);
    const out = anonymiseAuditFile(file, matcher);
    expect(out.groups).toEqual([
      { id: 'exec', name: 'WT’s executives' },
      { id: 'front', name: 'Front line' },
    ]);
    expect(out.participants.map((p) => p.group)).toEqual(['exec', 'exec', 'exec', 'front', 'front', 'front']);
    const results = scoreAudit(instrumentV1, answersOf(file));
    const gap = results.actions.find((a) => a.group === 'perception-gap');
    expect(gap?.title).toContain('Will’s executives');
    const clean = anonymiseResults(results, matcher);
    expect(clean.groups.map((g) => g.name)).toEqual(['WT’s executives', 'Front line']);
    const cleanGap = clean.actions.find((a) => a.group === 'perception-gap');
    expect(cleanGap?.title).toBe(gap?.title.split('Will’s executives').join('WT’s executives'));
    expect(JSON.stringify(cleanGap)).not.toContain('Will');
    expect(plannedReplacements(file, instrumentV1, matcher).at(-1)).toMatchObject({
      where: 'Role group 1, name',
      found: 'Will',
      code: 'WT',
    });
  });

  it('lists every replacement with where it is, the text around it and the code', () => {
    const list = plannedReplacements(audit(), instrumentV1);
    expect(list).toContainEqual({
      where: 'Note by Ana Souza (P1) on Statement 1.1',
      before: '',
      found: 'Will Turner',
      after: ' disagrees, we will see.',
      code: 'WT',
    });
    expect(list.map((r) => `${r.where}: ${r.found} → ${r.code}`)).toEqual([
      'Note by Ana Souza (P1) on Statement 1.1: Will Turner → WT',
      'Discussion note on Failure sign S1: souza → P1',
      'Consensus note on Statement 1.2: ANA → P1',
      'Action 1 of the plan, title: Will → WT',
      'Action 1 of the plan, description: Ana → P1',
      'Action 1 of the plan, owner: Ana Souza → P1',
      'Action 1 of the plan, success measure: Will Turner → WT',
      'Priority contact 1, name: Ana → P1',
      'Priority contact 1, note: Will → WT',
    ]);
  });

  it('shortens the context at word boundaries', () => {
    const file = audit();
    const long = `${'word '.repeat(30)}then Ana Souza said ${'more '.repeat(30)}`;
    const withLong = { ...file, responses: [{ participant: 'p2', item: 'metrics-1', value: 3, note: long }] };
    const [first] = plannedReplacements(
      { ...withLong, consensus: [], discussion: [], contacts: [], actions: [] },
      instrumentV1,
    );
    expect(first?.before).toMatch(/^…(word )+then $/);
    expect(first?.after).toMatch(/^ said( more)+…$/);
  });
});
