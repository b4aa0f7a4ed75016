import type { Catalog, CatalogItem } from '../instrument/catalog.ts';
import type { AuditAnswers } from './inputs.ts';
import { atLeast, atMost, mean, median, populationSd } from './numbers.ts';
import type { ItemResult, RoundResult } from './results.ts';
import { roundOf } from './rounds.ts';

/** The answers one item received in one round. */
type RoundAnswers = { values: number[]; unsure: number };

/** The statistics of one set of answers (docs/spec/scoring.md, "Team value of one item", "Alignment"). */
function statistics(kind: CatalogItem['kind'], answers: RoundAnswers | undefined) {
  // Sorted so the floating-point sums never depend on the order answers arrived in.
  const values = (answers?.values ?? []).sort((a, b) => a - b);
  const n = values.length;
  const sd = populationSd(values) ?? null;
  const range = n > 0 ? (values[n - 1] ?? 0) - (values[0] ?? 0) : null;
  return {
    values,
    n,
    unsure: answers?.unsure ?? 0,
    mean: mean(values) ?? null,
    sd,
    range,
    misaligned:
      kind === 'statement' &&
      ((n >= 3 && sd !== null && atLeast(sd, 1.0)) || (n >= 2 && range !== null && atLeast(range, 3))),
  };
}

/** One round of a re-voted item, with the Delphi feedback figures (docs/spec/scoring.md, "Re-vote rounds"). */
function roundResult(round: number, s: ReturnType<typeof statistics>): RoundResult {
  const middle = median(s.values) ?? null;
  return {
    round,
    n: s.n,
    unsure: s.unsure,
    mean: s.mean,
    sd: s.sd,
    median: middle,
    agreement: middle === null ? null : s.values.filter((v) => atMost(Math.abs(v - middle), 1)).length / s.n,
    misaligned: s.misaligned,
  };
}

/**
 * Statistics for every item of the instrument, in instrument order (docs/spec/scoring.md, "Team value
 * of one item", "Alignment" and "Re-vote rounds"): from each item's final round only, with
 * every round listed when there was more than one. Answers to ids outside the catalog are
 * ignored here; the audit file validator rejects them before scoring.
 */
export function scoreItems(catalog: Catalog, answers: AuditAnswers): ItemResult[] {
  const byItem = new Map<string, Map<number, RoundAnswers>>();
  for (const response of answers.responses) {
    const rounds = byItem.get(response.item) ?? new Map<number, RoundAnswers>();
    byItem.set(response.item, rounds);
    const round = roundOf(response);
    const own = rounds.get(round) ?? { values: [], unsure: 0 };
    rounds.set(round, own);
    if (response.value === null) own.unsure++;
    else own.values.push(response.value);
  }
  const consensus = new Map(answers.consensus.map((c) => [c.item, c.value]));

  return [...catalog.values()].map((item) => {
    const rounds = byItem.get(item.id) ?? new Map<number, RoundAnswers>();
    const order = [...rounds.keys()].sort((a, b) => a - b);
    const finalRound = order.at(-1) ?? null;
    const final = statistics(item.kind, finalRound === null ? undefined : rounds.get(finalRound));
    const agreed = consensus.get(item.id) ?? null;
    const result: ItemResult = {
      id: item.id,
      n: final.n,
      unsure: final.unsure,
      mean: final.mean,
      sd: final.sd,
      range: final.range,
      consensus: agreed,
      value: agreed ?? final.mean,
      misaligned: final.misaligned,
      finalRound,
    };
    if (order.length < 2) return result;
    const byRound = new Map(order.map((round) => [round, statistics(item.kind, rounds.get(round))]));
    const first = byRound.get(1);
    return {
      ...result,
      rounds: order.map((round) =>
        roundResult(round, byRound.get(round) ?? statistics(item.kind, undefined)),
      ),
      converged: (first?.misaligned ?? false) && !final.misaligned,
      sdChange: final.sd === null || !first || first.sd === null ? null : final.sd - first.sd,
    };
  });
}
