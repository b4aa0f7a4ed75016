import { scales } from './scales.ts';
import type { Instrument } from './types.ts';

/**
 * The instrument as `rca instrument --json` prints it (docs/spec/interfaces.md): every item with
 * its section and scale, so other tools need not know where an item stands.
 */
export function describeInstrument(instrument: Instrument) {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    scales,
    dimensions: instrument.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      summary: d.summary,
      weight: d.weight,
      items: d.items.map((s) => ({
        id: s.id,
        section: 'statement',
        text: s.text,
        hint: s.hint,
        scale: scales.statement,
      })),
    })),
    signs: instrument.signs.map((s) => ({
      id: s.id,
      section: 'sign',
      name: s.name,
      text: s.text,
      scale: scales.sign,
    })),
    commitment: instrument.commitment.map((c) => ({
      id: c.id,
      section: 'commitment',
      text: c.text,
      scale: scales.commitment,
    })),
    targets: instrument.targets.map((t) => ({
      id: t.id,
      section: 'target',
      name: t.name,
      text: t.text,
      scale: scales.target,
    })),
    contactCategories: instrument.contactCategories,
    actions: instrument.actions.map((a) => ({
      id: a.id,
      rule: a.rule,
      title: a.title,
      description: a.description,
      horizonDays: a.horizonDays,
      ownerRole: a.ownerRole,
    })),
  };
}
