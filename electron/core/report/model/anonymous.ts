import { anonymiseAuditFile, anonymiseResults, matcherOf } from '../../../../shared/anonymity/typed-text.ts';
import type { ReportInput } from '../types.ts';

/**
 * What an anonymous report or export is made from: the same audit with participants' names
 * replaced by their codes in everything people typed (shared/anonymity), and named by code.
 * The instrument, organisation, title, facilitator and firm stay exactly as they are. The PDF and
 * every export (CSV, workbook, deck) take this one path, so they replace the same names.
 */
export function anonymousInput(input: ReportInput): ReportInput {
  const matcher = matcherOf(input.file, input.firm ? [input.firm.name] : []);
  return {
    ...input,
    file: anonymiseAuditFile(input.file, matcher),
    results: anonymiseResults(input.results, matcher),
  };
}
