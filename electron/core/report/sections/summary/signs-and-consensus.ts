import type { SectionKind } from '../../../../../shared/instrument/types.ts';
import { MANY_PRESENT_SIGNS } from '../../../../../shared/scoring/levels.ts';
import type { ReportContext } from '../../layout/context.ts';
import type { Span } from '../../layout/text.ts';
import { plural } from '../../model/format.ts';

/** At most this many item references are listed in the consensus line; the rest are counted. */
const MAX_REFS = 14;

const KIND_PLURALS: Record<SectionKind, [string, string]> = {
  statement: ['statement', 'statements'],
  sign: ['failure sign', 'failure signs'],
  commitment: ['commitment question', 'commitment questions'],
  target: ['target', 'targets'],
};

/**
 * The failure signs present, by name, the severe ones marked: always said, so that a level
 * without a cap never reads as "no warning signs" while signs are present.
 */
export function signsText(ctx: ReportContext): Span[] {
  const { results, instrument } = ctx.input;
  const { colour } = ctx.theme;
  const lead: Span = { text: 'Failure signs: ', weight: 'bold' };
  const answered = results.signs.filter((s) => s.severity !== null);
  if (answered.length === 0) return [lead, { text: 'none has been answered yet.' }];
  const present = results.signs.filter((s) => s.present);
  const unanswered = results.signs.length - answered.length;
  const notAnswered = unanswered > 0 ? `${unanswered} of the ${results.signs.length} not answered` : '';
  if (present.length === 0) {
    const which =
      answered.length === results.signs.length
        ? `all ${answered.length}`
        : `${answered.length} of ${results.signs.length} answered,`;
    return [lead, { text: `none present: ${which} below a team severity of 1.5.` }];
  }
  const severe = present.filter((s) => s.severe).length;
  const names = new Map(instrument.signs.map((s, i) => [s.id, `S${i + 1} ${s.name}`]));
  const ordered = [...present].sort((a, b) => Number(b.severe) - Number(a.severe));
  const spans: Span[] = [
    lead,
    {
      text: `${present.length} of ${results.signs.length} present${severe > 0 ? `, ${severe} of them severe` : ''}: `,
      weight: 'bold',
      color: severe > 0 ? colour.warning : colour.text,
    },
  ];
  ordered.forEach((s, i) => {
    spans.push({ text: names.get(s.id) ?? s.id });
    if (s.severe) spans.push({ text: ' (severe)', weight: 'bold', color: colour.warning });
    spans.push({ text: i < ordered.length - 1 ? '; ' : notAnswered ? ` (${notAnswered}).` : '.' });
  });
  const signCap = results.caps.some((c) => c.rule === 'severe-sign' || c.rule === 'present-signs');
  if (!signCap && (severe > 0 || present.length >= MANY_PRESENT_SIGNS)) {
    spans.push({
      text: ' They set no cap here only because the level is already no higher than they allow.',
      color: colour.muted,
    });
  }
  return spans;
}

/** The items on which the team recorded a consensus, by reference and kind: the team values that are not a mean. */
export function consensusText(ctx: ReportContext): Span[] {
  const lead: Span = { text: 'Consensus: ', weight: 'bold' };
  const agreed = [...ctx.facts.values()].filter((f) => f.result.consensus !== null);
  if (agreed.length === 0) {
    return [lead, { text: 'none recorded; every team value is the mean of the answers.' }];
  }
  const shown = agreed.slice(0, MAX_REFS);
  const groups: string[] = [];
  for (const kind of Object.keys(KIND_PLURALS) as SectionKind[]) {
    const refs = shown.filter((f) => f.kind === kind).map((f) => f.ref);
    if (refs.length > 0) groups.push(`${KIND_PLURALS[kind][refs.length === 1 ? 0 : 1]} ${refs.join(', ')}`);
  }
  const rest = agreed.length - shown.length;
  return [
    lead,
    {
      text: `the team agreed a value in discussion on ${plural(agreed.length, 'item')} (${groups.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}); there the agreed value, not the mean, enters the score.`,
    },
  ];
}
