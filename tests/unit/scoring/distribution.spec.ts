import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../shared/audit-file/answers.ts';
import { validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { answerCounts, answerDistribution } from '../../../shared/scoring/distribution.ts';
import { bigAuditJson } from '../../fixtures/big-audit.ts';

describe('answer counts of every item at once', () => {
  it('gives each item the counts of its own distribution', () => {
    const result = validateAuditFile(bigAuditJson(30));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { responses } = answersOf(result.file);
    const catalog = catalogOf(instrumentV1);
    const all = answerCounts(responses, catalog);
    expect(all.size).toBe(catalog.size);
    for (const item of catalog.values()) {
      const { counts, unsure } = answerDistribution(responses, item.id, item.scale);
      expect(all.get(item.id), item.id).toEqual({ counts, unsure });
    }
  });
});
