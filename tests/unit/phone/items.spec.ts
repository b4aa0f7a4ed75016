import { describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { NOT_SURE_LABEL, scales } from '../../../shared/instrument/scales.ts';
import { instrumentsFor, phoneItems } from '../../../renderer/phone/logic/items.ts';

const sections = instrumentSections(instrumentV1);
const everything = sections.flatMap((s) => s.items.map((i) => ({ id: i.id, round: 1 })));

describe('the items a seat is asked', () => {
  it('take their wording and scale from the bundled instrument, in the snapshot’s order', () => {
    const { items, sections: phoneSections, unknown } = phoneItems(everything);
    expect(unknown).toEqual([]);
    expect(items).toHaveLength(everything.length);
    expect(phoneSections.map((s) => s.title)).toEqual(sections.map((s) => s.title));
    const first = items[0]!;
    expect(first.text).toBe(sections[0]!.items[0]!.text);
    expect(first.scale.labels).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(NOT_SURE_LABEL).toBe('Not sure');
    const sign = items.find((i) => i.id === instrumentV1.signs[0]!.id)!;
    expect(sign.scale).toEqual(scales.sign);
    expect(sign.title).toBe(instrumentV1.signs[0]!.name);
    expect(sign.prompt).toBe('How present is this here?');
  });

  it('never carry the facilitator’s hint to the phone', () => {
    for (const item of phoneItems(everything).items) expect(Object.keys(item)).not.toContain('hint');
  });

  it('make a re-vote round’s items a section of their own', () => {
    const revote = [
      { id: 'leadership-2', round: 2 },
      { id: 'leadership-4', round: 2 },
      { id: 'metrics-1', round: 2 },
    ];
    const { sections: phoneSections, items } = phoneItems(revote);
    expect(phoneSections.map((s) => [s.title, s.round, s.items.length])).toEqual([
      ['Customer Leadership', 2, 2],
      ['Metrics', 2, 1],
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(3);
  });

  it('count ids the page does not know instead of showing them', () => {
    const { items, unknown } = phoneItems([
      { id: 'leadership-1', round: 1 },
      { id: 'from-a-newer-app', round: 1 },
    ]);
    expect(items.map((i) => i.id)).toEqual(['leadership-1']);
    expect(unknown).toEqual(['from-a-newer-app']);
  });
});

describe('the instrument the words come from', () => {
  it('is the audit’s own first, then every other version the page carries', () => {
    expect(instrumentsFor({ id: instrumentV1.id, version: instrumentV1.version })[0]).toBe(instrumentV1);
    expect(instrumentsFor({ id: 'reality-check', version: '9.9.9' })).toContain(instrumentV1);
    expect(instrumentsFor(undefined)).toContain(instrumentV1);
  });
});
