import { actions } from './content/actions.ts';
import { CONTACT_CATEGORIES } from './contact-categories.ts';
import { commitment } from './content/commitment.ts';
import { dimensions } from './content/dimensions.ts';
import { signs } from './content/signs.ts';
import { targets } from './content/targets.ts';
import type { Instrument } from './types.ts';

/**
 * The instrument this version of the app scores new audits with.
 *
 * The version names what an audit's answers mean and how they score. The perception-gap
 * actions (scoring model 1.1) joined the library without a new version: they are selected
 * only by role groups, which no audit had before, so every audit recorded as 1.0.0 keeps
 * exactly its results, and a 1.0.0 audit given groups later gets them too. Changing a
 * question, a scale, a weight or the wording of an action an audit already shows needs a
 * new version beside this one.
 */
export const instrumentV1: Instrument = {
  id: 'reality-check',
  version: '1.0.0',
  name: 'Reality Check Audit',
  dimensions,
  signs,
  commitment,
  targets,
  contactCategories: CONTACT_CATEGORIES,
  actions,
};

/** Every instrument version this app can score, by `id@version`; old audits keep the wording they used. */
export const instruments: ReadonlyMap<string, Instrument> = new Map([
  [`${instrumentV1.id}@${instrumentV1.version}`, instrumentV1],
]);

/** The instrument for an audit's recorded id and version, or undefined when this app does not know it. */
export function findInstrument(id: string, version: string): Instrument | undefined {
  return instruments.get(`${id}@${version}`);
}
