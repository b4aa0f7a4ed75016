import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { parseAuditFileText, validateAuditFile } from '../../../shared/audit-file/validate.ts';

const worked = JSON.parse(
  readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8'),
) as Record<string, any>;

function problemsOf(json: unknown): readonly string[] {
  const result = validateAuditFile(json);
  return result.ok ? [] : result.problems;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

describe('audit file validation', () => {
  it('accepts the hand-made example and fills absent optional lists', () => {
    const minimal = clone(worked);
    delete minimal.consensus;
    delete minimal.contacts;
    delete minimal.actions;
    const result = validateAuditFile(minimal);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.consensus).toEqual([]);
      expect(result.file.contacts).toEqual([]);
      expect(result.instrument.version).toBe('1.0.0');
    }
  });

  it('ignores unknown top-level fields', () => {
    const result = validateAuditFile({ ...clone(worked), exportedBy: 'another tool' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file).not.toHaveProperty('exportedBy');
  });

  it('names the JSON path and the reason for each problem', () => {
    const file = clone(worked);
    file.responses[2].value = 7;
    file.responses[5].item = 'leadership-99';
    file.contacts[1].performance = 6;
    expect(problemsOf(file)).toEqual(['contacts[1].performance: must be 1 to 5']);
    delete file.contacts;
    expect(problemsOf(file)).toEqual([
      'responses[2].value: 7 is off the scale of statement "leadership-1" (1 to 5, or null for Not sure)',
      'responses[5].item: "leadership-99" is not an item of reality-check 1.0.0',
    ]);
  });

  it('refuses a file from a newer format with the version it needs', () => {
    const [problem] = problemsOf({ ...clone(worked), formatVersion: 3 });
    expect(problem).toMatch(
      /^formatVersion: the file uses format 3, written by a newer version of Reality Check/,
    );
    expect(problem).toContain('update Reality Check');
  });

  it('rejects a scale value on the wrong section: 4 is a statement answer, not a sign answer', () => {
    const file = clone(worked);
    const index = file.responses.findIndex((r: { item: string }) => r.item === 'sign-scale');
    file.responses[index].value = 4;
    expect(problemsOf(file)).toEqual([
      `responses[${index}].value: 4 is off the scale of sign "sign-scale" (0 to 3, or null for Not sure)`,
    ]);
  });

  it('rejects text that is not JSON, or JSON that is not an audit file', () => {
    expect(parseAuditFileText('{"format": ')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^\(file\): not valid JSON/)],
    });
    expect(problemsOf([1, 2])).toEqual(['(file): must be a JSON object']);
    expect(problemsOf({ hello: 'world' })[0]).toMatch(/^format: must be "reality-check-audit"/);
  });

  it('round-trips through serialize and parse unchanged', () => {
    const first = validateAuditFile(clone(worked));
    if (!first.ok) throw new Error(first.problems.join('\n'));
    const second = parseAuditFileText(serializeAuditFile(first.file));
    expect(second.ok && second.file).toEqual(first.file);
  });
});
