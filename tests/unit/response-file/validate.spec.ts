import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import {
  parseResponseFileText,
  validateResponseFile,
  type ResponseFileTarget,
} from '../../../shared/response-file/validate.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';

const AUDIT_ID = '7d0e8c2a-3b1f-4c5d-9e6f-0a1b2c3d4e5f';
const target: ResponseFileTarget = { auditId: AUDIT_ID, instrument: instrumentV1, groups: ['exec', 'front'] };

/** A response file as the pre-work form saves it (docs/spec/interfaces.md, "The response file"). */
function responseFile(): Record<string, any> {
  return {
    format: 'reality-check-responses',
    formatVersion: 1,
    instrument: { id: 'reality-check', version: '1.0.0' },
    audit: { id: AUDIT_ID },
    participant: { name: 'Sam Lee', role: 'Service desk', group: 'front', seat: 'seat-7f3a' },
    responses: [
      { item: 'leadership-1', value: 3, note: 'We hear about it, rarely see it.' },
      { item: 'leadership-2', value: null },
      { item: 'sign-scale', value: 2 },
      { item: 'commit-clarity', value: 0 },
      { item: 'target-assets', value: 1 },
    ],
    submittedAt: '2026-11-20T09:12:00Z',
  };
}

function problemsOf(json: unknown, to: ResponseFileTarget = target): readonly string[] {
  const result = validateResponseFile(json, to);
  return result.ok ? [] : result.problems;
}

describe('response file validation (docs/spec/interfaces.md, "The response file")', () => {
  it('accepts a file for this audit, with notes, Not sure and every optional participant field', () => {
    const result = parseResponseFileText(JSON.stringify(responseFile()), target);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.file.participant).toEqual({
      name: 'Sam Lee',
      role: 'Service desk',
      group: 'front',
      seat: 'seat-7f3a',
    });
    expect(result.file.responses).toHaveLength(5);
    const bare = responseFile();
    bare.participant = {};
    bare.responses = [];
    expect(problemsOf(bare)).toEqual([]);
    expect(problemsOf({ ...responseFile(), submittedAt: '2026-11-20T10:12:00+01:00' })).toEqual([]);
  });

  it('ignores unknown top-level fields, like the audit file', () => {
    const result = validateResponseFile({ ...responseFile(), savedBy: 'form 1.2' }, target);
    expect(result.ok && result.file).not.toHaveProperty('savedBy');
  });

  it('refuses a file for another audit', () => {
    const file = responseFile();
    file.audit.id = '00000000-0000-4000-8000-000000000000';
    expect(problemsOf(file)).toEqual([
      `audit.id: the answers are for audit 00000000-0000-4000-8000-000000000000, not for this audit (${AUDIT_ID})`,
    ]);
    expect(problemsOf({ ...responseFile(), audit: { id: AUDIT_ID.toUpperCase() } })).toEqual([]);
  });

  it('refuses answers given on another instrument or instrument version', () => {
    const file = responseFile();
    file.instrument.version = '2.0.0';
    expect(problemsOf(file)).toEqual([
      'instrument: the answers were given on "reality-check" version 2.0.0, but this audit uses "reality-check" version 1.0.0',
    ]);
    expect(problemsOf({ ...responseFile(), instrument: { id: 'other', version: '1.0.0' } })[0]).toMatch(
      /^instrument: the answers were given on "other"/,
    );
  });

  it('names each unknown item, off-scale value and duplicate item by its path', () => {
    const file = responseFile();
    file.responses[0].item = 'leadership-99';
    file.responses[2].value = 4; // 4 is a statement answer; a sign goes 0 to 3
    file.responses[3].value = -1;
    file.responses.push({ item: 'leadership-2', value: 5 });
    expect(problemsOf(file)).toEqual([
      'responses[0].item: "leadership-99" is not an item of reality-check 1.0.0',
      'responses[2].value: 4 is off the scale of sign "sign-scale" (0 to 3, or null for Not sure)',
      'responses[3].value: -1 is off the scale of commitment "commit-clarity" (0 to 2, or null for Not sure)',
      'responses[5].item: "leadership-2" is answered twice',
    ]);
  });

  it('refuses a group the audit does not have', () => {
    const file = responseFile();
    file.participant.group = 'board';
    expect(problemsOf(file)).toEqual(['participant.group: "board" is not a group of this audit']);
    expect(problemsOf(responseFile(), { ...target, groups: [] })).toEqual([
      'participant.group: "front" is not a group of this audit',
    ]);
  });

  it('refuses a file from a newer response format with the reason', () => {
    expect(problemsOf({ ...responseFile(), formatVersion: 2 })[0]).toMatch(
      /^formatVersion: the file uses response format 2, written by a newer version of Reality Check/,
    );
    expect(problemsOf({ ...responseFile(), formatVersion: '1' })).toEqual([
      'formatVersion: must be a whole number, 1 or more',
    ]);
  });

  it('names the path of tampered fields', () => {
    const file = responseFile();
    file.responses[0].value = '5';
    file.responses[1].value = 2.5;
    file.responses[2].round = 2; // rounds belong to the room, not to the form
    file.participant.name = '   ';
    file.participant.email = 'sam@example.com';
    file.submittedAt = 'yesterday';
    const problems = problemsOf(file);
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'participant.name',
      'participant',
      'responses[0].value',
      'responses[1].value',
      'responses[2]',
      'submittedAt',
    ]);
    expect(problems.at(-1)).toBe('submittedAt: must be a date and time written like 2026-11-20T09:12:00Z');
  });

  it('refuses text that is not JSON, JSON that is not a response file, and an audit file', () => {
    expect(parseResponseFileText('{"format": "reality-check-responses", ', target)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^\(file\): not valid JSON/)],
    });
    expect(parseResponseFileText('\u0000\u0001garbage', target).ok).toBe(false);
    expect(problemsOf(null)).toEqual(['(file): must be a JSON object']);
    expect(problemsOf([responseFile()])).toEqual(['(file): must be a JSON object']);
    expect(problemsOf({ ...responseFile(), format: 'reality-check-audit', formatVersion: 2 })).toEqual([
      'format: must be "reality-check-responses"; this is not a Reality Check response file',
    ]);
    const { audit: _a, ...noAudit } = responseFile();
    expect(problemsOf(noAudit)[0]).toMatch(/^audit: /);
    expect(problemsOf({ ...responseFile(), audit: { id: 'not-a-uuid' } })).toEqual([
      'audit.id: must be a UUID',
    ]);
    expect(problemsOf({ ...responseFile(), responses: { 'leadership-1': 3 } })[0]).toMatch(/^responses: /);
  });

  it('never crashes on arbitrary JSON or on a valid file with one field replaced, and names a path each time', () => {
    const paths = [
      'format',
      'formatVersion',
      'instrument',
      'audit',
      'participant',
      'responses',
      'submittedAt',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc
            .tuple(fc.constantFrom(...paths), fc.jsonValue())
            .map(([key, value]) => ({ ...responseFile(), [key]: value })),
        ),
        (value) => {
          const result = parseResponseFileText(JSON.stringify(value) ?? 'null', target);
          if (!result.ok) expect(result.problems.every((p) => /^[\w([][^\n]*: .+/.test(p))).toBe(true);
        },
      ),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('accepts every file of valid answers to the instrument', () => {
    const items = [...catalogOf(instrumentV1).values()];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: items.length - 1 }), { maxLength: items.length }),
        fc.array(fc.option(fc.nat(), { nil: null }), { minLength: items.length, maxLength: items.length }),
        (picks, values) => {
          const file = responseFile();
          file.responses = picks.map((i) => {
            const item = items[i]!;
            const v = values[i];
            return {
              item: item.id,
              value:
                v === null || v === undefined
                  ? null
                  : item.scale.min + (v % (item.scale.max - item.scale.min + 1)),
            };
          });
          expect(problemsOf(file)).toEqual([]);
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});
