import type { Instrument } from '../instrument/types.ts';
import { atLeast } from './numbers.ts';
import type { ItemResult, SignResult } from './results.ts';

export const PRESENT_AT = 1.5;
export const SEVERE_AT = 2.5;

/** Team severity of each failure sign and whether it is present or severe (docs/spec/scoring.md, "Failure signs"). */
export function scoreSigns(instrument: Instrument, items: ReadonlyMap<string, ItemResult>): SignResult[] {
  return instrument.signs.map((sign) => {
    const severity = items.get(sign.id)?.value ?? null;
    return {
      id: sign.id,
      severity,
      present: severity !== null && atLeast(severity, PRESENT_AT),
      severe: severity !== null && atLeast(severity, SEVERE_AT),
    };
  });
}
