import {
  catalogOf,
  offScaleText,
  unknownItemText,
  type CatalogItem,
} from '../../../shared/instrument/catalog.ts';
import { isOnScale } from '../../../shared/instrument/scales.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import { InvalidRequestError } from './errors.ts';

/** The item with this id in the audit's instrument, or an error naming the problem. */
export function requireItem(instrument: Instrument, itemId: string): CatalogItem {
  const item = catalogOf(instrument).get(itemId);
  if (!item) throw new InvalidRequestError([`itemId: ${unknownItemText(instrument, itemId)}`]);
  return item;
}

/** Checks a value against the item's scale; null ("Not sure") passes when allowed. */
export function requireOnScale(item: CatalogItem, value: number | null, allowUnsure: boolean): void {
  if (value === null) {
    if (allowUnsure) return;
    throw new InvalidRequestError([`value: must be a number from ${item.scale.min} to ${item.scale.max}`]);
  }
  if (!isOnScale(item.scale, value)) {
    throw new InvalidRequestError([`value: ${offScaleText(item, value, allowUnsure)}`]);
  }
}
