import { scales } from './scales.ts';
import type { Instrument, Scale, SectionKind } from './types.ts';

/** One answerable item of an instrument, wherever it stands, with what follows from its place. */
export type CatalogItem = {
  readonly id: string;
  readonly kind: SectionKind;
  readonly text: string;
  readonly scale: Scale;
  /** The dimension a statement belongs to; null for signs, commitment items and targets. */
  readonly dimensionId: string | null;
  /** Position in the instrument, used to keep instrument order on ties. */
  readonly order: number;
};

/** Every answerable item of the instrument in instrument order, keyed by id. */
export type Catalog = ReadonlyMap<string, CatalogItem>;

const cache = new WeakMap<Instrument, Catalog>();

/** Builds (once per instrument) the lookup from item id to its section, scale and order. */
export function catalogOf(instrument: Instrument): Catalog {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const items = new Map<string, CatalogItem>();
  const add = (id: string, kind: SectionKind, text: string, dimensionId: string | null): void => {
    items.set(id, { id, kind, text, scale: scales[kind], dimensionId, order: items.size });
  };
  for (const dimension of instrument.dimensions) {
    for (const statement of dimension.items) add(statement.id, 'statement', statement.text, dimension.id);
  }
  for (const sign of instrument.signs) add(sign.id, 'sign', sign.text, null);
  for (const item of instrument.commitment) add(item.id, 'commitment', item.text, null);
  for (const target of instrument.targets) add(target.id, 'target', target.text, null);
  cache.set(instrument, items);
  return items;
}

/**
 * The words every check (audit file, response file, API) uses for an item id the instrument
 * does not have; the id is quoted as JSON, so no control character reaches a terminal.
 */
export function unknownItemText(instrument: Instrument, itemId: string): string {
  return `${JSON.stringify(itemId)} is not an item of ${instrument.id} ${instrument.version}`;
}

/**
 * The words every check uses for an answer off its item's scale: `6 is off the scale of
 * statement "leadership-1" (1 to 5, or null for Not sure)`.
 */
export function offScaleText(item: CatalogItem, value: number, unsureAllowed = true): string {
  const scale = `${item.scale.min} to ${item.scale.max}${unsureAllowed ? ', or null for Not sure' : ''}`;
  return `${value} is off the scale of ${item.kind} ${JSON.stringify(item.id)} (${scale})`;
}
