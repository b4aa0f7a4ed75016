import { findInstrument, instruments } from '../../../shared/instrument/index.ts';
import { instrumentSections, type Section } from '../../../shared/instrument/sections.ts';
import type { Instrument, Scale } from '../../../shared/instrument/types.ts';
import type { OpenItem } from '../../../shared/room/protocol.ts';
import { answerKey, type AnswerKey } from './answer-key.ts';

/**
 * The items a seat is asked, with the words to show them: the snapshot names items by id only,
 * and the wording and the scale come from the instrument bundled with the page (the same
 * shared/instrument the app scores with), so nothing but ids crosses the network.
 */
export type PhoneItem = {
  readonly key: AnswerKey;
  readonly id: string;
  readonly round: number;
  readonly text: string;
  /** The short name of a failure sign or a target, shown above its question. */
  readonly title: string | undefined;
  readonly scale: Scale;
  /** The section's question ("How far do you agree?"). */
  readonly prompt: string;
  /** Which PhoneSection it is in. */
  readonly sectionKey: string;
};

/** A run of items from one section of the instrument in one round: what progress counts per section. */
export type PhoneSection = {
  readonly key: string;
  readonly title: string;
  readonly round: number;
  readonly items: readonly PhoneItem[];
};

export type PhoneItems = {
  readonly items: readonly PhoneItem[];
  readonly sections: readonly PhoneSection[];
  /** Ids this page's instruments do not have: counted, so the phone can say so instead of hiding it. */
  readonly unknown: readonly string[];
};

type Placed = { readonly section: Section; readonly item: Section['items'][number] };

const placesCache = new WeakMap<Instrument, ReadonlyMap<string, Placed>>();

function placesOf(instrument: Instrument): ReadonlyMap<string, Placed> {
  let places = placesCache.get(instrument);
  if (!places) {
    const map = new Map<string, Placed>();
    for (const section of instrumentSections(instrument)) {
      for (const item of section.items) map.set(item.id, { section, item });
    }
    places = map;
    placesCache.set(instrument, places);
  }
  return places;
}

/** Where an item id stands in the bundled instruments (newest version first), if anywhere. */
function place(id: string, known: readonly Instrument[]): Placed | undefined {
  for (const instrument of known) {
    const found = placesOf(instrument).get(id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The instruments to take words from: the audit's own (the snapshot names it) first, then every
 * other version this page carries, newest first, in case the audit's is not among them.
 */
export function instrumentsFor(
  audit: { readonly id: string; readonly version: string } | undefined,
): Instrument[] {
  const own = audit ? findInstrument(audit.id, audit.version) : undefined;
  const others = [...instruments.values()].reverse().filter((i) => i !== own);
  return own ? [own, ...others] : others;
}

/**
 * The open items in the snapshot's order, grouped into sections: consecutive items of the same
 * section and round form one section (a re-vote round's items are a section of their own).
 */
export function phoneItems(
  open: readonly OpenItem[],
  known: readonly Instrument[] = instrumentsFor(undefined),
): PhoneItems {
  const items: PhoneItem[] = [];
  const sections: { key: string; title: string; round: number; items: PhoneItem[] }[] = [];
  const unknown: string[] = [];
  let runOf = '';
  for (const { id, round } of open) {
    const found = place(id, known);
    if (!found) {
      unknown.push(id);
      continue;
    }
    const run = `${found.section.id}@${round}`;
    let section = sections.at(-1);
    if (!section || run !== runOf) {
      // The position keeps two runs of one section apart, should the snapshot interleave them.
      section = { key: `${run}#${sections.length}`, title: found.section.title, round, items: [] };
      sections.push(section);
      runOf = run;
    }
    const item: PhoneItem = {
      key: answerKey(id, round),
      id,
      round,
      text: found.item.text,
      title: found.item.title,
      scale: found.section.scale,
      prompt: found.section.prompt,
      sectionKey: section.key,
    };
    section.items.push(item);
    items.push(item);
  }
  return { items, sections, unknown };
}
