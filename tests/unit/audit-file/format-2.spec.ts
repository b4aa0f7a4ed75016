import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { CURRENT_FORMAT_VERSION } from '../../../shared/audit-file/schema.ts';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { parseAuditFileText, validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';

const worked = JSON.parse(
  readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8'),
) as Record<string, any>;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function problemsOf(json: unknown): readonly string[] {
  const result = validateAuditFile(json);
  return result.ok ? [] : result.problems;
}

/** The worked example as a format-2 file with three groups and a second round on leadership-1. */
function formatTwo(): Record<string, any> {
  const file = clone(worked);
  file.formatVersion = 2;
  file.audit.minGroupSize = 3;
  file.groups = [
    { id: 'exec', name: 'Executive team' },
    { id: 'mgr', name: 'Managers' },
    { id: 'front', name: 'Front line' },
  ];
  file.participants[0].group = 'exec';
  file.participants[1].group = 'front';
  file.responses.push(
    { participant: 'p1', item: 'leadership-1', value: 3, round: 2 },
    { participant: 'p2', item: 'leadership-1', value: null, round: 2, note: 'Not sure any more' },
  );
  return file;
}

describe('audit file format 2 (docs/spec/interfaces.md, "Format version 2")', () => {
  it('is the format the app writes', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(2);
  });

  it('accepts groups, a participant’s group, response rounds and minGroupSize, and hands them to scoring', () => {
    const result = validateAuditFile(formatTwo());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.file.groups?.map((g) => g.id)).toEqual(['exec', 'mgr', 'front']);
    expect(result.file.participants.map((p) => p.group)).toEqual(['exec', 'front', undefined]);
    expect(result.file.responses.at(-1)).toMatchObject({ item: 'leadership-1', round: 2 });
    const answers = answersOf(result.file);
    expect(answers.minGroupSize).toBe(3);
    expect(answers.groups).toEqual(result.file.groups);
    expect([...(answers.groupOf ?? [])]).toEqual([
      ['p1', 'exec'],
      ['p2', 'front'],
    ]);
    expect(answers.responses.at(-1)).toEqual({
      participant: 'p2',
      item: 'leadership-1',
      value: null,
      round: 2,
    });
    expect(answers.responses[0]).toEqual({ participant: 'p1', item: 'leadership-1', value: 4 });
    const leadership1 = scoreAudit(result.instrument, answers).items[0];
    expect(leadership1).toMatchObject({ finalRound: 2, n: 1, unsure: 1, mean: 3 });
  });

  it('round-trips a format-2 file through serialize and parse unchanged', () => {
    const first = validateAuditFile(formatTwo());
    if (!first.ok) throw new Error(first.problems.join('\n'));
    const text = serializeAuditFile(first.file);
    const second = parseAuditFileText(text);
    expect(second.ok && second.file).toEqual(first.file);
    expect(second.ok && serializeAuditFile(second.file)).toBe(text);
  });

  it('accepts the same participant and item once per round, and treats no round as round 1', () => {
    const file = formatTwo();
    file.responses.push({ participant: 'p1', item: 'leadership-1', value: 5, round: 3 });
    expect(problemsOf(file)).toEqual([]);
    const twice = formatTwo();
    const index = twice.responses.push({ participant: 'p1', item: 'leadership-1', value: 5, round: 1 }) - 1;
    expect(problemsOf(twice)).toEqual([
      `responses[${index}]: participant "p1" already answered "leadership-1" in round 1`,
    ]);
    const again = formatTwo();
    const last = again.responses.push({ participant: 'p1', item: 'leadership-1', value: 5, round: 2 }) - 1;
    expect(problemsOf(again)).toEqual([
      `responses[${last}]: participant "p1" already answered "leadership-1" in round 2`,
    ]);
  });

  it('names the path of a bad round, group or minGroupSize', () => {
    const file = formatTwo();
    const n = file.responses.length;
    file.responses[n - 1].round = 0;
    file.responses[n - 2].round = 1.5;
    file.audit.minGroupSize = 11;
    file.groups.push({ id: 'exec', name: 'Executives again' });
    file.participants[2].group = 'board';
    expect(problemsOf(file)).toEqual([
      'audit.minGroupSize: must be 3 to 10',
      `responses[${n - 2}].round: must be a whole number`,
      `responses[${n - 1}].round: must be 1 or more`,
    ]);
    delete file.audit.minGroupSize;
    file.responses[n - 1].round = 2;
    file.responses[n - 1].participant = 'p1';
    file.responses[n - 2].round = 2;
    expect(problemsOf(file)).toEqual([
      'groups[3].id: "exec" is listed twice',
      'participants[2].group: "board" is not in groups',
      `responses[${n - 1}]: participant "p1" already answered "leadership-1" in round 2`,
    ]);
  });

  it('accepts minGroupSize 3 and 10 and refuses 2, 10.5 and text', () => {
    const withSize = (size: unknown) =>
      problemsOf({ ...formatTwo(), audit: { ...formatTwo().audit, minGroupSize: size } });
    expect(withSize(3)).toEqual([]);
    expect(withSize(10)).toEqual([]);
    expect(withSize(2)).toEqual(['audit.minGroupSize: must be 3 to 10']);
    expect(withSize(10.5)).toEqual(['audit.minGroupSize: must be a whole number']);
    expect(withSize('3')).toEqual(['audit.minGroupSize: must be a whole number']);
  });

  it('refuses a group without a name or with fields of its own', () => {
    const file = formatTwo();
    file.groups[1].name = '  ';
    file.groups[2].size = 4;
    const problems = problemsOf(file);
    expect(problems[0]).toBe('groups[1].name: must not be empty');
    expect(problems[1]).toMatch(/^groups\[2\]: .*"size"/);
  });
});

describe('the re-vote rounds a format-2 file lists (the app writes them; optional)', () => {
  const opened = '2026-11-23T11:00:00.000Z';
  const closed = '2026-11-23T11:20:00Z';
  function withRounds(): Record<string, any> {
    const file = formatTwo();
    file.rounds = [{ round: 2, items: ['leadership-1', 'leadership-2'], openedAt: opened, closedAt: closed }];
    return file;
  }

  it('accepts the rounds the answers were given in, an open last round, and a round nobody answered yet', () => {
    const file = withRounds();
    file.rounds.push({ round: 3, items: ['leadership-2'], openedAt: closed });
    const result = validateAuditFile(file);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.file.rounds).toEqual([
      { round: 2, items: ['leadership-1', 'leadership-2'], openedAt: opened, closedAt: closed },
      { round: 3, items: ['leadership-2'], openedAt: closed },
    ]);
    // The rounds change no number: scoring reads each answer's round.
    const bare = validateAuditFile(formatTwo());
    if (!bare.ok) throw new Error(bare.problems.join('\n'));
    expect(scoreAudit(result.instrument, answersOf(result.file))).toEqual(
      scoreAudit(bare.instrument, answersOf(bare.file)),
    );
  });

  it('refuses an answer to a round or an item the rounds do not list', () => {
    const file = withRounds();
    const n = file.responses.length;
    file.rounds[0].items = ['leadership-2'];
    file.responses.push({ participant: 'p1', item: 'leadership-2', value: 3, round: 3 });
    expect(problemsOf(file)).toEqual([
      `responses[${n - 2}].item: "leadership-1" was not re-voted in round 2`,
      `responses[${n - 1}].item: "leadership-1" was not re-voted in round 2`,
      `responses[${n}].round: round 3 is not in rounds`,
    ]);
  });

  it('names a round listed twice, an unknown or repeated item, an open round before the last, and a round closed before it opened', () => {
    const file = withRounds();
    file.rounds[0].items.push('leadership-1', 'no-such-item');
    file.rounds[0].closedAt = '2026-11-23T10:00:00Z';
    file.rounds.push({ round: 3, items: ['leadership-2'], openedAt: opened });
    file.rounds.push({ round: 3, items: ['leadership-2'], openedAt: opened, closedAt: closed });
    file.rounds.push({ round: 4, items: ['leadership-3'], openedAt: opened, closedAt: closed });
    const problems = problemsOf(file);
    expect(problems.slice(0, 2)).toEqual([
      'rounds[0].items[2]: "leadership-1" is listed twice',
      expect.stringMatching(/^rounds\[0\]\.items\[3\]: "no-such-item" is not an item of/),
    ]);
    expect(problems.slice(2)).toEqual([
      'rounds[0].closedAt: the round closed before it opened',
      'rounds[1].closedAt: round 3 is open, but only the last round may be',
      'rounds[2].round: round 3 is listed twice',
    ]);
  });

  it('refuses round 1, an empty round, more than 20 re-vote rounds and an answer beyond round 21', () => {
    const file = withRounds();
    file.rounds.push({ round: 1, items: [], openedAt: opened });
    expect(problemsOf(file)).toEqual([
      'rounds[1].round: must be 2 or more (round 1 is the blind scoring)',
      'rounds[1].items: must name at least one item',
    ]);
    const many = withRounds();
    many.rounds = Array.from({ length: 21 }, (_, i) => ({
      round: i + 2,
      items: ['leadership-1'],
      openedAt: opened,
    }));
    expect(problemsOf(many)).toEqual([
      'rounds: the file lists 21 re-vote rounds; an audit may have at most 20',
    ]);
    const late = formatTwo();
    late.responses.at(-1).round = 22;
    expect(problemsOf(late)).toEqual([
      `responses[${late.responses.length - 1}].round: must be at most 21 (an audit has at most 20 re-vote rounds)`,
    ]);
  });
});

describe('upgrading format 1 (docs/spec/interfaces.md: every answer round 1, no groups)', () => {
  it('reads the worked example (format 1) as format 2 with every answer in round 1 and no groups', () => {
    const result = validateAuditFile(clone(worked));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.file.formatVersion).toBe(2);
    expect(result.file.groups).toBeUndefined();
    expect(result.file.responses.every((r) => r.round === undefined)).toBe(true);
    expect(result.file.participants.every((p) => p.group === undefined)).toBe(true);
    const results = scoreAudit(result.instrument, answersOf(result.file));
    expect(results.items.every((i) => i.finalRound === null || i.finalRound === 1)).toBe(true);
    expect(results).toMatchObject({ groups: [], perceptionGaps: [], roleSplits: [] });
  });

  it('scores a format-1 file exactly like the same answers written as format 2', () => {
    const one = validateAuditFile(clone(worked));
    const two = validateAuditFile({ ...clone(worked), formatVersion: 2 });
    if (!one.ok || !two.ok) throw new Error('the worked example must validate');
    expect(one.file).toEqual(two.file);
    expect(scoreAudit(one.instrument, answersOf(one.file))).toEqual(
      scoreAudit(two.instrument, answersOf(two.file)),
    );
  });

  it('ignores a top-level "groups" in a format-1 file, as format 1 ignores unknown fields', () => {
    const result = validateAuditFile({ ...clone(worked), groups: [{ id: 'exec', name: 'Executive team' }] });
    expect(result.ok && result.file.groups).toBeUndefined();
  });

  it('checks a format-1 file as format 1: a round or a group there is an unknown field', () => {
    const file = clone(worked);
    file.responses[0].round = 2;
    file.participants[1].group = 'exec';
    file.audit.minGroupSize = 3;
    const problems = problemsOf(file);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^audit: .*"minGroupSize"/);
    expect(problems[1]).toMatch(/^participants\[1\]: .*"group"/);
    expect(problems[2]).toMatch(/^responses\[0\]: .*"round"/);
  });

  it('reports format-1 problems with the same paths and words as before', () => {
    const file = clone(worked);
    file.responses[2].value = 7;
    file.contacts[1].performance = 6;
    expect(problemsOf(file)).toEqual(['contacts[1].performance: must be 1 to 5']);
  });
});
