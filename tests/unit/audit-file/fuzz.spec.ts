import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeAuditFile } from '../../../shared/audit-file/serialize.ts';
import { parseAuditFileText, validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { anyValidAuditFile, breakages } from '../../fixtures/audit-file-arbitraries.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';

/** 4,000 valid files + 4,000 broken ones + 2,000 arbitrary JSON values = 10,000 cases. */
describe('audit file validator fuzz (fast-check)', () => {
  it('accepts every valid file and round-trips it unchanged', () => {
    fc.assert(
      fc.property(anyValidAuditFile, (raw) => {
        const first = validateAuditFile(raw);
        if (!first.ok) throw new Error(`valid file rejected:\n${first.problems.join('\n')}`);
        const second = parseAuditFileText(serializeAuditFile(first.file));
        expect(second.ok && second.file).toEqual(first.file);
      }),
      { numRuns: propertyRuns(4000) },
    );
  });

  it('rejects every file broken against the spec, naming the broken path', () => {
    fc.assert(
      fc.property(anyValidAuditFile, fc.constantFrom(...breakages), (raw, breakage) => {
        const file = structuredClone(raw);
        fc.pre(breakage.apply(file));
        const result = validateAuditFile(file);
        expect(result.ok, breakage.name).toBe(false);
        if (!result.ok) {
          expect(
            result.problems.some((p) => p.startsWith(breakage.path)),
            `${breakage.name}: ${result.problems.join(' | ')}`,
          ).toBe(true);
        }
      }),
      { numRuns: propertyRuns(4000) },
    );
  });

  it('rejects arbitrary JSON values with a message, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAuditFileText(JSON.stringify(value) ?? 'null');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.every((p) => /^[\w([][^\n]*: .+/.test(p))).toBe(true);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
