import { pointsText } from '../../../../../shared/scoring/display.ts';
import type { ReportContext } from '../../layout/context.ts';
import type { Span } from '../../layout/text.ts';
import { percentText, plural } from '../../model/format.ts';
import { groupFacts } from '../../model/groups.ts';

/**
 * The summary's line on the role groups (docs/spec/scoring.md, "Role groups and the perception gap"):
 * the largest perception gap, with the two groups and their percents; or that there is none;
 * or that too few answered in the groups to compare them. Null when the audit has no groups.
 */
export function perceptionText(ctx: ReportContext): Span[] | null {
  const facts = groupFacts(ctx.input.results);
  if (!facts) return null;
  const lead: Span = { text: 'Perception gap: ', weight: 'bold' };
  if (facts.visible.length < 2) {
    return [lead, { text: 'not shown; too few people answered in the role groups to compare them.' }];
  }
  const largest = facts.flagged[0];
  if (!largest) {
    return [lead, { text: 'none; the role groups see every dimension within 25 points of each other.' }];
  }
  const dimension =
    ctx.input.instrument.dimensions.find((d) => d.id === largest.dimension)?.name ?? largest.dimension;
  const name = (id: string): string => facts.names.get(id) ?? id;
  const others = facts.flagged.length - 1;
  return [
    lead,
    {
      text: `${name(largest.high)} and ${name(largest.low)} see ${dimension} ${pointsText(largest.gap)} apart`,
      weight: 'bold',
      color: ctx.theme.colour.warning,
    },
    {
      // The figures and what follows in one span, so a line never starts with its punctuation.
      text:
        ` (${percentText(largest.highPercent)} against ${percentText(largest.lowPercent)})` +
        (others === 0
          ? '; the only dimension with a perception gap. See Perception gap.'
          : `, the largest of ${plural(facts.flagged.length, 'perception gap')}. See Perception gap.`),
    },
  ];
}
