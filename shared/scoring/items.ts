import type { Catalog } from '../instrument/catalog.ts';
import type { AuditAnswers } from './inputs.ts';
import { atLeast, mean, populationSd } from './numbers.ts';
import type { ItemResult } from './results.ts';

/**
 * Statistics for every item of the instrument, in instrument order (scoring.md, "Team value
 * of one item" and "Alignment"). Answers to ids outside the catalog are ignored here; the
 * audit file validator rejects them before scoring.
 */
export function scoreItems(catalog: Catalog, answers: AuditAnswers): ItemResult[] {
  const values = new Map<string, number[]>();
  const unsure = new Map<string, number>();
  for (const response of answers.responses) {
    if (response.value === null) unsure.set(response.item, (unsure.get(response.item) ?? 0) + 1);
    else {
      const list = values.get(response.item) ?? [];
      list.push(response.value);
      values.set(response.item, list);
    }
  }
  const consensus = new Map(answers.consensus.map((c) => [c.item, c.value]));

  return [...catalog.values()].map((item) => {
    // Sorted so the floating-point sums never depend on the order answers arrived in.
    const answered = (values.get(item.id) ?? []).sort((a, b) => a - b);
    const n = answered.length;
    const itemMean = mean(answered) ?? null;
    const sd = populationSd(answered) ?? null;
    const range = n > 0 ? Math.max(...answered) - Math.min(...answered) : null;
    const agreed = consensus.get(item.id) ?? null;
    const misaligned =
      item.kind === 'statement' &&
      ((n >= 3 && sd !== null && atLeast(sd, 1.0)) || (n >= 2 && range !== null && atLeast(range, 3)));
    return {
      id: item.id,
      n,
      unsure: unsure.get(item.id) ?? 0,
      mean: itemMean,
      sd,
      range,
      consensus: agreed,
      value: agreed ?? itemMean,
      misaligned,
    };
  });
}
