import { scales } from './scales.ts';
import type { Instrument, Scale, SectionKind } from './types.ts';

/** One item as a person answers it: the question, a short title where the section has one, and a hint. */
export type SectionItem = {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly hint?: string;
};

/** A part of the instrument answered together: one dimension's statements, the signs, the commitment check, the targets. */
export type Section = {
  readonly id: string;
  readonly title: string;
  readonly kind: SectionKind;
  readonly scale: Scale;
  /** The question every item in the section answers, in plain words. */
  readonly prompt: string;
  readonly items: readonly SectionItem[];
};

/** The instrument in the order a participant scores it (docs/spec/product.md, "Blind scoring"). */
export function instrumentSections(instrument: Instrument): Section[] {
  return [
    ...instrument.dimensions.map((d) => ({
      id: d.id,
      title: d.name,
      kind: 'statement' as const,
      scale: scales.statement,
      prompt: 'How far do you agree?',
      items: d.items.map((s) => ({ id: s.id, text: s.text, hint: s.hint })),
    })),
    {
      id: 'signs',
      title: 'Failure signs',
      kind: 'sign',
      scale: scales.sign,
      prompt: 'How present is this here?',
      items: instrument.signs.map((s) => ({ id: s.id, text: s.text, title: s.name })),
    },
    {
      id: 'commitment',
      title: 'Commitment check',
      kind: 'commitment',
      scale: scales.commitment,
      prompt: 'Could the CEO answer yes?',
      items: instrument.commitment.map((c) => ({ id: c.id, text: c.text })),
    },
    {
      id: 'targets',
      title: 'Accountability targets',
      kind: 'target',
      scale: scales.target,
      prompt: 'Do we have an explicit, owned target?',
      items: instrument.targets.map((t) => ({ id: t.id, text: t.text, title: t.name })),
    },
  ];
}
