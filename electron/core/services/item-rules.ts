import { catalogOf, type CatalogItem } from '../../../shared/instrument/catalog.ts';
import { isOnScale } from '../../../shared/instrument/scales.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import { InvalidRequestError } from './errors.ts';

/** The item with this id in the audit's instrument, or an error naming the problem. */
export function requireItem(instrument: Instrument, itemId: string): CatalogItem {
  const item = catalogOf(instrument).get(itemId);
  if (!item)
    throw new InvalidRequestError([
      `itemId: "${itemId}" is not an item of ${instrument.id} ${instrument.version}`,
    ]);
  return item;
}

/** Checks a value against the item's scale; null ("Not sure") passes when allowed. */
export function requireOnScale(item: CatalogItem, value: number | null, allowUnsure: boolean): void {
  if (value === null) {
    if (allowUnsure) return;
    throw new InvalidRequestError([`value: must be a number from ${item.scale.min} to ${item.scale.max}`]);
  }
  if (!isOnScale(item.scale, value)) {
    throw new InvalidRequestError([
      `value: ${value} is off the scale of ${item.kind} "${item.id}" (${item.scale.min} to ${item.scale.max}${allowUnsure ? ', or null for Not sure' : ''})`,
    ]);
  }
}
