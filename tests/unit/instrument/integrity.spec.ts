import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../shared/instrument/catalog.ts';
import { describeInstrument } from '../../../shared/instrument/describe.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';

const instrument = instrumentV1;

describe('instrument v1.0.0 integrity', () => {
  it('is reality-check 1.0.0', () => {
    expect([instrument.id, instrument.version]).toEqual(['reality-check', '1.0.0']);
  });

  it('has the seven dimensions of the audit, in order, each with five to seven statements and hints', () => {
    expect(instrument.dimensions.map((d) => d.name)).toEqual([
      'Customer Leadership',
      'Customer Listening',
      'Metrics',
      'Accountability and Taking Action',
      'Unified Experience',
      'Enabling Service Delivery',
      'Motivation and Recognition',
    ]);
    for (const d of instrument.dimensions) {
      expect(d.items.length, d.id).toBeGreaterThanOrEqual(5);
      expect(d.items.length, d.id).toBeLessThanOrEqual(7);
      expect(d.weight, d.id).toBeGreaterThan(0);
      for (const s of d.items) {
        expect(s.text.trim().length, s.id).toBeGreaterThan(20);
        expect(s.hint.trim().length, s.id).toBeGreaterThan(10);
      }
    }
  });

  it('has eight failure signs, nine commitment questions, four targets and four contact categories', () => {
    expect(instrument.signs).toHaveLength(8);
    expect(instrument.commitment).toHaveLength(9);
    expect(instrument.targets.map((t) => t.name)).toEqual([
      'Customers as assets',
      'Service performance',
      'Customer listening metrics',
      'Operational metrics',
    ]);
    expect(instrument.contactCategories).toEqual(['rescue', 'revenue', 'request', 'relationship']);
  });

  it('uses ids that are unique across the whole instrument', () => {
    const ids = [
      ...instrument.dimensions.map((d) => d.id),
      ...instrument.dimensions.flatMap((d) => d.items.map((s) => s.id)),
      ...instrument.signs.map((s) => s.id),
      ...instrument.commitment.map((c) => c.id),
      ...instrument.targets.map((t) => t.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const actionIds = instrument.actions.map((a) => a.id);
    expect(new Set(actionIds).size).toBe(actionIds.length);
    expect(catalogOf(instrument).size).toBe(ids.length - instrument.dimensions.length);
  });

  it('gives every rule of docs/spec/scoring.md at least one action, and no action an unknown rule', () => {
    const rules = [
      ...instrument.dimensions.flatMap((d) => ['low', 'mid', 'high'].map((b) => `dimension:${d.id}:${b}`)),
      ...instrument.signs.map((s) => `sign:${s.id}`),
      ...instrument.commitment.map((c) => `commitment:${c.id}`),
      ...instrument.targets.map((t) => `target:${t.id}`),
      'misaligned',
      ...instrument.contactCategories.map((c) => `contact-gap:${c}`),
      ...instrument.dimensions.map((d) => `perception-gap:${d.id}`),
    ];
    const used = new Set<string>(instrument.actions.map((a) => a.rule));
    for (const rule of rules) expect(used.has(rule), rule).toBe(true);
    for (const rule of used) expect(rules.includes(rule), rule).toBe(true);
  });

  it('writes every action completely: title, a paragraph, a horizon of 30/90/180 days and an owner role', () => {
    for (const a of instrument.actions) {
      expect(a.title.trim().length, a.id).toBeGreaterThan(10);
      expect(a.description.trim().length, a.id).toBeGreaterThan(80);
      expect([30, 90, 180], a.id).toContain(a.horizonDays);
      expect(a.ownerRole.trim().length, a.id).toBeGreaterThan(2);
    }
    const templated = (rule: string, placeholder: string) =>
      instrument.actions.filter((a) => a.rule.startsWith(rule)).every((a) => a.title.includes(placeholder));
    expect(templated('misaligned', '{statement}')).toBe(true);
    expect(templated('contact-gap:', '{contact}')).toBe(true);
    expect(templated('perception-gap:', '{high}')).toBe(true);
    expect(templated('perception-gap:', '{low}')).toBe(true);
  });

  it('has exactly one perception-gap action per dimension, so each gap adds one action naming both groups', () => {
    for (const d of instrument.dimensions) {
      expect(
        instrument.actions.filter((a) => a.rule === `perception-gap:${d.id}`),
        d.id,
      ).toHaveLength(1);
    }
  });

  it('uses no placeholder outside its rule: {statement}, {contact}, {high} and {low} only where they are filled in', () => {
    const filled: Record<string, readonly string[]> = {
      misaligned: ['statement'],
      'contact-gap': ['contact'],
      'perception-gap': ['high', 'low'],
    };
    for (const a of instrument.actions) {
      const allowed = filled[a.rule.split(':')[0] ?? ''] ?? [];
      const used = [...`${a.title} ${a.description}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const placeholder of used) expect(allowed, `${a.id}: {${placeholder}}`).toContain(placeholder);
    }
  });

  it('is described for `rca instrument --json` with each item’s section and scale', () => {
    const json = describeInstrument(instrument);
    expect(json.dimensions[0]?.items[0]).toMatchObject({ section: 'statement', scale: { min: 1, max: 5 } });
    expect(json.signs[0]).toMatchObject({ section: 'sign', scale: { min: 0, max: 3 } });
    expect(json.commitment[0]).toMatchObject({ section: 'commitment', scale: { min: 0, max: 2 } });
    expect(json.targets[0]).toMatchObject({ section: 'target', scale: { min: 0, max: 2 } });
    expect(json.actions).toHaveLength(instrument.actions.length);
  });
});
