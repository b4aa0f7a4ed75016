import { describe, expect, it } from 'vitest';
import { parseAuditFileText, validateAuditFile } from '../../../shared/audit-file/validate.ts';
import {
  capProblems,
  MAX_ACTIONS,
  MAX_AUDIT_FILE_BYTES,
  MAX_CONTACTS,
  MAX_NOTE,
  MAX_PARTICIPANTS,
  MAX_PROBLEMS,
  MAX_RESPONSES,
} from '../../../shared/limits.ts';
import { bigAuditJson, bigName } from '../../fixtures/big-audit.ts';

function problemsOf(json: unknown): readonly string[] {
  const result = validateAuditFile(json);
  return result.ok ? [] : result.problems;
}

describe('limits of an audit file', () => {
  it('accepts the largest audit the limits allow', () => {
    const result = validateAuditFile(bigAuditJson(MAX_PARTICIPANTS));
    expect(result.ok).toBe(true);
  });

  it('refuses one participant too many up front, naming the limit, the figure and the maximum', () => {
    const file = bigAuditJson(MAX_PARTICIPANTS + 1);
    // Every participant broken as well: refused up front, none of these is even looked at.
    for (const p of file.participants) p.role = 42 as unknown as string;
    const problems = problemsOf(file);
    expect(problems).toEqual([
      'participants: the file lists 5,001 participants; an audit may have at most 5,000',
    ]);
    expect(problems.join('\n')).not.toContain(bigName(0));
  });

  it('refuses too many answers, contacts or actions before looking at any of them', () => {
    const base = bigAuditJson(1);
    const tooMany = (n: number) => Array.from({ length: n }, () => 0);
    expect(problemsOf({ ...base, responses: tooMany(MAX_RESPONSES + 1) })).toEqual([
      'responses: the file lists 500,001 answers; an audit may have at most 500,000',
    ]);
    expect(problemsOf({ ...base, contacts: tooMany(MAX_CONTACTS + 1) })).toEqual([
      'contacts: the file lists 16 priority contacts; an audit may have at most 15',
    ]);
    expect(problemsOf({ ...base, actions: tooMany(MAX_ACTIONS + 1) })).toEqual([
      'actions: the file lists 1,001 actions; an audit may have at most 1,000',
    ]);
    expect(problemsOf({ ...base, formatVersion: 2, groups: tooMany(101) })).toEqual([
      'groups: the file lists 101 role groups; an audit may have at most 100',
    ]);
  });

  it('refuses more free text in all than the limit, before looking at any entry', () => {
    const file = bigAuditJson(300);
    const note = 'n'.repeat(MAX_NOTE);
    // 251 notes of 20,000 characters (and no other): each within its own limit, 5,020,000 in all.
    for (const r of file.responses) delete (r as { note?: string }).note;
    for (const r of file.responses.slice(0, 251)) (r as { note?: string }).note = note;
    (file.participants[0] as { role: unknown }).role = 42;
    expect(problemsOf(file)).toEqual([
      '(file): the notes hold 5,020,000 characters in all; an audit may hold at most 5,000,000',
    ]);
    for (const r of file.responses.slice(0, 251)) delete (r as { note?: string }).note;
    const actions = [
      { title: 'Plan', description: note, successMeasure: note, status: 'open', source: 'custom' },
    ];
    (file.participants[0] as { role: unknown }).role = 'CEO';
    expect(validateAuditFile({ ...file, actions }).ok).toBe(true);
  });

  it('refuses a file larger than the limit before parsing it', () => {
    // Not even JSON: the size is checked first.
    const text = '{'.repeat(MAX_AUDIT_FILE_BYTES + 1);
    const result = parseAuditFileText(text);
    expect(result).toEqual({
      ok: false,
      problems: ['(file): the file is 50.1 MB; an audit file may be at most 50 MB'],
    });
    // Bytes of UTF-8, not characters: 20 million ü are 40 MB, 30 million are 60 MB.
    const wide = `"${'ü'.repeat(30_000_000)}"`;
    expect(parseAuditFileText(wide)).toEqual({
      ok: false,
      problems: ['(file): the file is 60.1 MB; an audit file may be at most 50 MB'],
    });
  });

  it('says how long an over-long text is', () => {
    const file = bigAuditJson(2);
    file.participants[1]!.name = 'x'.repeat(301);
    file.responses[0] = { ...file.responses[0]!, note: 'y'.repeat(20_001) };
    expect(problemsOf(file)).toEqual([
      'participants[1].name: must be at most 300 characters (it has 301)',
      'responses[0].note: must be at most 20,000 characters (it has 20,001)',
    ]);
  });
});

describe('the list of problems', () => {
  it('names the first 50 problems and counts the rest in one line', () => {
    const file = bigAuditJson(1600);
    for (const r of file.responses.slice(0, 100_000)) r.value = 'x' as unknown as number;
    const problems = problemsOf(file);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toBe('responses[0].value: must be a whole number');
    expect(problems.at(-1)).toBe('… and 99,950 more problems');
  });

  it('leaves a short list alone and says "problem" for one more', () => {
    expect(capProblems(['a', 'b'])).toEqual(['a', 'b']);
    const fiftyOne = Array.from({ length: 51 }, (_, i) => `p${i}`);
    expect(capProblems(fiftyOne).at(-1)).toBe('… and 1 more problem');
    expect(capProblems(capProblems(fiftyOne))).toEqual(capProblems(fiftyOne));
  });
});
