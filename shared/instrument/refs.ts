import type { Instrument, SectionKind } from './types.ts';

/** How the report and the window refer to one item: its short reference and what kind of item it is. */
export type ItemRef = {
  /** 2.3 (dimension 2, statement 3), S2, C4, T1. */
  readonly ref: string;
  readonly kind: SectionKind;
  /** The reference as a label no reader takes for a score: "Statement 2.3", "Failure sign S2". */
  readonly label: string;
};

const KIND_WORDS: Record<SectionKind, string> = {
  statement: 'Statement',
  sign: 'Failure sign',
  commitment: 'Commitment question',
  target: 'Target',
};

/** The reference of every item of the instrument, by item id. */
export function itemRefs(instrument: Instrument): ReadonlyMap<string, ItemRef> {
  const refs = new Map<string, ItemRef>();
  const add = (id: string, kind: SectionKind, ref: string): void => {
    refs.set(id, { ref, kind, label: `${KIND_WORDS[kind]} ${ref}` });
  };
  instrument.dimensions.forEach((d, di) =>
    d.items.forEach((s, si) => add(s.id, 'statement', `${di + 1}.${si + 1}`)),
  );
  instrument.signs.forEach((s, i) => add(s.id, 'sign', `S${i + 1}`));
  instrument.commitment.forEach((c, i) => add(c.id, 'commitment', `C${i + 1}`));
  instrument.targets.forEach((t, i) => add(t.id, 'target', `T${i + 1}`));
  return refs;
}
