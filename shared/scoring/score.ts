import { catalogOf } from '../instrument/catalog.ts';
import type { Instrument } from '../instrument/types.ts';
import { scoreCommitment, scoreTargets } from './commitment.ts';
import { scoreCompleteness } from './completeness.ts';
import { scoreContacts } from './contacts.ts';
import { readinessIndex, scoreDimensions } from './dimensions.ts';
import { scoreGroups } from './groups.ts';
import type { AuditAnswers } from './inputs.ts';
import { scoreItems } from './items.ts';
import { applyCaps, levelOf } from './levels.ts';
import { recommendActions } from './recommend.ts';
import type { AuditResults } from './results.ts';
import { scoreSigns } from './signs.ts';

/**
 * The one implementation of docs/spec/scoring.md. The dashboard, the PDF report and `rca score`
 * all show what this returns; nothing else computes a score.
 */
export function scoreAudit(instrument: Instrument, answers: AuditAnswers): AuditResults {
  const catalog = catalogOf(instrument);
  const items = scoreItems(catalog, answers);
  const itemsById = new Map(items.map((i) => [i.id, i]));
  const dimensions = scoreDimensions(instrument, itemsById);
  const signs = scoreSigns(instrument, itemsById);
  const commitment = scoreCommitment(instrument, itemsById);
  const targets = scoreTargets(instrument, itemsById);
  const contacts = scoreContacts(answers.contacts);

  const groups = scoreGroups(instrument, catalog, answers);

  const sufficient = dimensions.filter((d) => !d.insufficient && d.percent !== null);
  const index = readinessIndex(
    dimensions,
    dimensions.map((d) => d.weight),
  );
  const levelFromIndex = index === null ? null : levelOf(index);

  let level = levelFromIndex;
  let caps: AuditResults['caps'] = [];
  if (levelFromIndex !== null) {
    const weakest = sufficient.reduce<(typeof sufficient)[number] | null>(
      (low, d) => (low === null || (d.percent ?? 0) < (low.percent ?? 0) ? d : low),
      null,
    );
    const signName = new Map(instrument.signs.map((s) => [s.id, s.name]));
    const applied = applyCaps(levelFromIndex, {
      weakest: weakest && weakest.percent !== null ? { name: weakest.name, percent: weakest.percent } : null,
      severeSigns: signs.filter((s) => s.severe).map((s) => signName.get(s.id) ?? s.id),
      presentSigns: signs.filter((s) => s.present).map((s) => signName.get(s.id) ?? s.id),
    });
    level = applied.level;
    caps = applied.caps;
  }

  const actions = recommendActions({
    instrument,
    catalog,
    items,
    dimensions,
    signs,
    commitment,
    targets,
    contacts,
    groups: groups.groups,
    perceptionGaps: groups.perceptionGaps,
  });

  return {
    instrument: { id: instrument.id, version: instrument.version },
    dimensions,
    index,
    level,
    levelFromIndex,
    caps,
    items,
    signs,
    commitment,
    targets,
    contacts,
    actions,
    ...scoreCompleteness(catalog, answers),
    ...groups,
  };
}
