import { describe, expect, it } from 'vitest';
import { participantCodes } from '../../../shared/anonymity/codes.ts';
import { nameMatcher, SHARED_NAME } from '../../../shared/anonymity/names.ts';

const ROSTER = [
  { name: 'Ana Souza', code: 'P1' },
  { name: 'Li Wei', code: 'P2' },
  { name: 'Chloé Martin', code: 'P3' },
  { name: 'Siobhán O’Brien', code: 'P4' },
  { name: 'Will Turner', code: 'P5' },
  { name: 'Jan Müller', code: 'P6' },
  { name: '山田太郎', code: 'P7' },
  { name: 'Zoë Brontë', code: 'P8' },
  { name: 'Łukasz Żółkiewski', code: 'P9' },
  { name: 'Ольга Иванова', code: 'P10' },
  { name: 'Marie de la Cruz', code: 'P11' },
  { name: 'Hiro Berg 2', code: 'P12' },
  { name: '김민준', code: 'P13' },
];
const ORGANISATION = 'Zoë & Łukasz 山田 GmbH';
const matcher = nameMatcher(ROSTER, [ORGANISATION]);
const redact = matcher.redact;

describe('the name matcher: every way a name leaked is caught', () => {
  it.each([
    ['ANA said so', 'P1 said so'],
    ['souza agreed', 'P1 agreed'],
    ['Li was away', 'P2 was away'],
    ['as li said', 'as P2 said'],
    ['Chloe wrote it', 'P3 wrote it'],
    ['CHLOÉ wrote it', 'P3 wrote it'],
    ["O'Brien wrote it", 'P4 wrote it'],
    ['O’Brien wrote it', 'P4 wrote it'],
    ['obrien wrote it', 'P4 wrote it'],
    ['Siobhan OBrien', 'P4'],
    ['mail ana.souza@acme.com today', 'mail P1 today'],
    ['mail asouza@acme.com today', 'mail P1 today'],
    ['mail Ana_Souza+work@acme.com.', 'mail P1.'],
    ['mail souza.a@acme.com', 'mail P1'],
    ['mail wei@acme.com', 'mail P2'],
    ['Ana Souza and Souza Ana', 'P1 and P1'],
    ['ana   souza', 'P1'],
    ['Ana-Souza', 'P1'],
    ['Zoë’s idea', 'P8’s idea'],
    ["Zoe's idea", "P8's idea"],
    ["O'Brien's report", "P4's report"],
    ["d'Ana", "d'P1"],
    ['Lukasz said', 'P9 said'],
    ['ŁUKASZ ŻÓŁKIEWSKI', 'P9'],
    ['ОЛЬГА сказала', 'P10 сказала'],
    ['Иванова', 'P10'],
    ['山田太郎さんが言った', 'P7さんが言った'],
    ['김민준은 동의했다', 'P13은 동의했다'],
    ['Marie de la Cruz', 'P11'],
    ['Cruz', 'P11'],
    ['WILL said so', 'P5 said so'],
    ['Will said so', 'P5 said so'],
    ['will turner agreed', 'P5 agreed'],
    ['Hiro Berg 2 came', 'P12 came'],
    ['Zoë (mail zoe.bronte@northwind.example)', 'P8 (mail P8)'],
  ])('%s → %s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('catches names written in decomposed Unicode', () => {
    expect(redact('Chloe\u0301 and Zoe\u0308')).toBe('P3 and P8');
  });
});

describe('the name matcher leaves alone what does not name a participant', () => {
  it.each([
    // Whole words only: names inside other words stay.
    'Anastasia, Lisbon, Willow, Souzaville and Martinez',
    // A lower-case common word is the word, not Will.
    'we will meet and mark the date',
    // A name before a legal form is a company.
    'I met Müller AG',
    'Müller & Co. called',
    // The organisation's own name, however it is written.
    'At Zoë & Łukasz 山田 GmbH we agreed',
    'zoe & lukasz 山田 gmbh',
    // Particles, titles, suffixes and numbers inside names name nobody alone.
    'de la part de la direction, de 2 à 3',
    // Addresses that are not built from a name.
    'write to info@acme.com or sales@northwind.example',
    // One letter is an initial, not a name.
    'a, i and j',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text.normalize('NFC'));
  });

  it('uses the shared marker for a name part two participants share', () => {
    const shared = nameMatcher([
      { name: 'Ana Souza', code: 'P1' },
      { name: 'Kemi Souza', code: 'P2' },
    ]);
    expect(shared.redact('Souza said, then Kemi Souza and Ana Souza')).toBe(
      `${SHARED_NAME} said, then P2 and P1`,
    );
    expect(shared.redact('ana.souza@acme.com')).toBe('P1');
  });

  it('reports each match with its offsets in the NFC text and the words as written', () => {
    const { text, matches } = matcher.find('Thanks, ANA and Zoë’s team (ana.souza@acme.com).');
    expect(matches.map((m) => [m.text, m.code, text.slice(m.start, m.end)])).toEqual([
      ['ANA', 'P1', 'ANA'],
      ['Zoë', 'P8', 'Zoë'],
      ['ana.souza@acme.com', 'P1', 'ana.souza@acme.com'],
    ]);
  });

  it('handles a roster of 5,000 and long texts (one pass over the text, hash look-ups per word)', () => {
    const roster = Array.from({ length: 5000 }, (_, i) => ({
      name: `Person${i} Family${i}`,
      code: `P${i + 1}`,
    }));
    const big = nameMatcher(roster);
    const text = Array.from({ length: 2000 }, (_, i) => `person${i * 2} spoke to Family${i * 2 + 1}.`).join(
      ' ',
    );
    const out = big.redact(text);
    expect(out).toContain('P1 spoke to P2.');
    expect(out).toContain('P3999 spoke to P4000.');
    expect(out).not.toMatch(/person\d|Family\d/i);
  });
});

describe('participant codes', () => {
  it('number participants without a code P1, P2… in order, skipping codes already taken', () => {
    expect(participantCodes([{}, { code: 'P1' }, { code: ' ' }, { code: 'CEO-1' }])).toEqual([
      'P2',
      'P1',
      'P3',
      'CEO-1',
    ]);
  });
});
