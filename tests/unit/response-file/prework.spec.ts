import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preworkFormFileName, responseFileName } from '../../../shared/audit-file/file-name.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import {
  autosaveKey,
  buildResponseFile,
  EMPTY_DRAFT,
  payloadScriptText,
  restoreDraft,
  unansweredItems,
  type PreworkPayload,
} from '../../../shared/response-file/prework.ts';
import { validateResponseFile } from '../../../shared/response-file/validate.ts';
import { fillPreworkTemplate } from '../../../electron/core/services/prework-form.ts';
import { propertyRuns } from '../../fixtures/property-runs.ts';

const AUDIT_ID = '0b8f3c1e-6a43-4c1b-9d1e-2f7a5c9e4b10';

function payload(fields: Partial<PreworkPayload> = {}): PreworkPayload {
  return {
    audit: {
      id: AUDIT_ID,
      organization: 'Acme',
      title: 'Q4 offsite',
      date: '2026-11-23',
      anonymous: true,
      facilitator: 'Dana',
    },
    instrument: { id: instrumentV1.id, version: instrumentV1.version },
    ...fields,
  };
}

/** A built form's shape: the payload's slot between the page's own script and markup. */
const TEMPLATE =
  '<!doctype html><html><head><script type="module">run()</script></head><body>' +
  '<script id="prework-payload" type="application/json">\n  "__REALITY_CHECK_PREWORK_PAYLOAD__"\n</script><div id="root"></div></body></html>';

/** The text of every element of the page, as an HTML parser splits it: what is inside each <script>. */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script/gi)].map((m) => m[1]!);
}

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '<!--<script>',
  '\u2028\u2029 & &amp; "quotes" \\ back\\slash',
  'Zoë & 山田 Ольга',
];

describe('the payload in the form (shared/response-file/prework.ts)', () => {
  it('keeps a hostile organisation or title inside its element, and reads back as the same text', () => {
    for (const text of HOSTILE) {
      const made = payload({
        audit: { ...payload().audit, organization: text, title: text, facilitator: text },
        seat: { id: 'p1', name: text, role: text, group: { id: 'g1', name: text } },
      });
      const html = fillPreworkTemplate(TEMPLATE, made);
      const scripts = scriptsOf(html);
      // Still exactly the page's two scripts: nothing ended the payload's element or opened another.
      expect(scripts).toHaveLength(2);
      expect(scripts[0]).toBe('run()');
      expect(scripts[1]).not.toMatch(/[<>&]/);
      expect(JSON.parse(scripts[1]!)).toEqual(made);
      expect(html.endsWith('<div id="root"></div></body></html>')).toBe(true);
    }
  });

  it('never writes <, > or & into the element, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const made = payload({ audit: { ...payload().audit, organization: text } });
        const script = payloadScriptText(made);
        expect(script).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(script)).toEqual(made);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('refuses a template without exactly one slot, and a filled one has none left', () => {
    expect(() => fillPreworkTemplate('<html></html>', payload())).toThrow(/not the one this version/);
    const filled = fillPreworkTemplate(TEMPLATE, payload());
    expect(() => fillPreworkTemplate(filled, payload())).toThrow(/not the one this version/);
    expect(() => fillPreworkTemplate(TEMPLATE + TEMPLATE, payload())).toThrow(/not the one this version/);
  });
});

describe('the response file a form saves', () => {
  const items = instrumentSections(instrumentV1).flatMap((s) => s.items.map((i) => i.id));
  const at = new Date('2026-11-20T09:12:00.456Z');

  it('is a response file as the spec writes it, which the merge accepts, answered items in the form’s order', () => {
    const draft = {
      ...EMPTY_DRAFT,
      name: '  Sam   Lee ',
      role: 'Service desk',
      values: { [items[2]!]: 3, [items[0]!]: null, 'sign-destination': 2 },
      notes: { [items[0]!]: ' We rarely see customers. ', [items[5]!]: 'a note without an answer' },
    };
    const file = buildResponseFile(
      payload({ group: { id: 'front', name: 'Front line' } }),
      instrumentV1,
      draft,
      at,
    );
    expect(file).toEqual({
      format: 'reality-check-responses',
      formatVersion: 1,
      instrument: { id: 'reality-check', version: '1.0.0' },
      audit: { id: AUDIT_ID },
      participant: { name: 'Sam Lee', role: 'Service desk', group: 'front' },
      responses: [
        { item: items[0], value: null, note: 'We rarely see customers.' },
        { item: items[2], value: 3 },
        { item: 'sign-destination', value: 2 },
      ],
      submittedAt: '2026-11-20T09:12:00Z',
    });
    const checked = validateResponseFile(JSON.parse(JSON.stringify(file)), {
      auditId: AUDIT_ID,
      instrument: instrumentV1,
      groups: ['front'],
    });
    expect(checked.ok).toBe(true);
  });

  it('made for a seat: carries the seat, its name, role and group, whatever was typed', () => {
    const made = payload({
      seat: { id: 'p7', name: 'Kim Tran', role: '', group: { id: 'front', name: 'Front line' } },
    });
    const file = buildResponseFile(
      made,
      instrumentV1,
      { ...EMPTY_DRAFT, name: 'Someone else', values: { [items[0]!]: 4 } },
      at,
    );
    expect(file.participant).toEqual({ name: 'Kim Tran', group: 'front', seat: 'p7' });
  });

  it('for anyone: the group chosen among the audit’s, and none that the form did not offer', () => {
    const made = payload({ groups: [{ id: 'front', name: 'Front line' }] });
    const values = { [items[0]!]: 1 };
    expect(
      buildResponseFile(made, instrumentV1, { ...EMPTY_DRAFT, group: 'front', values }, at).participant,
    ).toEqual({
      group: 'front',
    });
    expect(
      buildResponseFile(made, instrumentV1, { ...EMPTY_DRAFT, group: 'exec', values }, at).participant,
    ).toEqual({});
    // A group form's group is fixed, whatever a kept draft says.
    const fixed = payload({ group: { id: 'exec', name: 'Executive team' } });
    expect(
      buildResponseFile(fixed, instrumentV1, { ...EMPTY_DRAFT, group: 'front', values }, at).participant,
    ).toEqual({
      group: 'exec',
    });
  });

  it('for the whole audit with nothing typed: no name, role or group', () => {
    const file = buildResponseFile(
      payload(),
      instrumentV1,
      { ...EMPTY_DRAFT, values: { [items[0]!]: 1 } },
      at,
    );
    expect(file.participant).toEqual({});
    expect(unansweredItems(instrumentV1, { ...EMPTY_DRAFT, values: { [items[0]!]: 1 } })).toEqual(
      items.slice(1),
    );
  });
});

describe('the autosave of a form', () => {
  it('keys each audit, seat and group apart, so two forms in one browser never mix', () => {
    const keys = [
      autosaveKey(payload()),
      autosaveKey(payload({ group: { id: 'front', name: 'Front line' } })),
      autosaveKey(payload({ group: { id: 'exec', name: 'Executive team' } })),
      autosaveKey(payload({ seat: { id: 'p1', name: 'Ana', role: '' } })),
      autosaveKey(payload({ seat: { id: 'p2', name: 'Ben', role: '' } })),
      autosaveKey({
        ...payload(),
        audit: { ...payload().audit, id: '5f0e3c1e-6a43-4c1b-9d1e-2f7a5c9e4b10' },
      }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[3]).toBe(`reality-check-prework:${AUDIT_ID}:seat:p1`);
    // The same form opened again finds its answers.
    expect(autosaveKey(payload({ seat: { id: 'p1', name: 'Ana (renamed)', role: 'CEO' } }))).toBe(keys[3]);
  });

  it('restores what it kept, and drops what no longer fits the instrument', () => {
    const kept = JSON.stringify({
      name: 'Sam',
      role: 7,
      values: {
        'leadership-1': 4,
        'leadership-2': 9,
        'leadership-3': null,
        'no-such-item': 1,
        'sign-destination': 3.5,
      },
      notes: { 'leadership-1': 'Yes', 'no-such-item': 'x', 'leadership-2': 12 },
      savedAt: 'yesterday',
    });
    expect(restoreDraft(kept, instrumentV1)).toEqual({
      name: 'Sam',
      role: '',
      group: '',
      values: { 'leadership-1': 4, 'leadership-3': null },
      notes: { 'leadership-1': 'Yes' },
      savedAt: null,
    });
    for (const bad of [null, '', 'not json', '[]', '"text"', 'null']) {
      expect(restoreDraft(bad, instrumentV1)).toEqual(EMPTY_DRAFT);
    }
  });
});

describe('the names of a form and of the file it saves', () => {
  const source = { organization: 'Acme Corp', title: 'Q4 offsite', date: '2026-11-23' };
  it('say whom a form is for, and nothing when it is for everyone', () => {
    expect(preworkFormFileName(source)).toBe('acme-corp-q4-offsite-2026-11-23-prework.html');
    expect(preworkFormFileName(source, 'Front line')).toBe(
      'acme-corp-q4-offsite-2026-11-23-prework-front-line.html',
    );
    expect(preworkFormFileName(source, 'P3')).toBe('acme-corp-q4-offsite-2026-11-23-prework-p3.html');
    expect(responseFileName(source)).toBe('acme-corp-q4-offsite-2026-11-23-answers.rcr.json');
    expect(responseFileName(source, 'Zoë Łukasz')).toBe(
      'acme-corp-q4-offsite-2026-11-23-answers-zoe-lukasz.rcr.json',
    );
    expect(responseFileName(source, '  ')).toBe('acme-corp-q4-offsite-2026-11-23-answers.rcr.json');
  });
});
