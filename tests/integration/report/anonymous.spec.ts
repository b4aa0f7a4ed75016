import { describe, expect, it } from 'vitest';
import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { twelveTeamAudit, UNICODE_NAMES, unicodeAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfInfo, pdfPages, pdfText, renderToFile, tempDir } from './pdf-tools.ts';

/** Every way a participant could be named: the full name and each part of it that is a real word. */
function nameParts(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, ...n.split(/\s+/).filter((part) => part.length >= 4)]))];
}

function wholeWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('an anonymous report', () => {
  it('names no participant anywhere: answers, notes, discussion, owners, metadata', async () => {
    const dir = tempDir();
    const file = twelveTeamAudit();
    const names = file.participants.map((p) => p.name);
    // The fixture's notes, discussion and plan owners do name participants.
    expect(JSON.stringify([file.responses, file.discussion, file.actions])).toContain(names[0]);

    const named = await renderToFile(dir, 'named', file);
    const namedText = flat(pdfText(named.path));
    for (const name of names) expect(namedText).toContain(name);

    const anonymous = await renderToFile(dir, 'anonymous', file, { anonymous: true });
    const text = flat(pdfText(anonymous.path));
    const info = JSON.stringify(pdfInfo(anonymous.path));
    for (const part of nameParts(names)) {
      expect(wholeWord(text, part), part).toBe(false);
      expect(info).not.toContain(part);
    }
    // Roles would name people too (there is one CEO): the key of names and roles is left out.
    expect(text).not.toContain('Code Name Role');
    expect(flat(pdfText(named.path))).toContain('Code Name Role');
    // Participants appear by code, in participant order; notes keep their content.
    expect(text).toMatch(/P1 P2 P3 P4 P5 P6 P7 P8 P9 P10 P11 P12/);
    expect(text).toContain('raised this too: the evidence for');
    expect(text).toContain('Participants are shown by code (P1, P2, P3');
    // The plan keeps its owners, by code, and still flags the action nobody owns.
    expect(text).toMatch(/Write the one-company customer destination on a single page .*P1/);
    expect(text).toContain('No owner');
  });

  it('uses the participants’ own codes when they have them, and redacts names in every script', async () => {
    const file = unicodeAudit();
    file.participants[1] = { ...file.participants[1]!, code: 'ZB' };
    const report = await renderToFile(tempDir(), 'unicode-anonymous', file, { anonymous: true });
    const text = flat(pdfText(report.path));
    for (const part of nameParts(UNICODE_NAMES)) expect(wholeWord(text, part), part).toBe(false);
    expect(text).not.toContain('山田');
    expect(text).toMatch(/P1 ZB P2 P3 P4 P5 P6/);
    // The owner "Ольга Иванова" of the plan's action is shown by her code.
    expect(text).toMatch(/Appeler les clients perdus P3/);
  });
});

/** The consultant's audit: an organisation named after two participants, a Will, a Müller, and notes naming them every way. */
function consultantAudit(): AuditFile {
  const base = twelveTeamAudit();
  const names = [
    'Zoë Brontë',
    'Łukasz Żółkiewski',
    'Will Turner',
    'Jan Müller',
    'Ana Souza',
    'Li Wei',
    'Chloé Martin',
    'Siobhán O’Brien',
  ];
  const participants = base.participants.slice(0, names.length).map((p, i) => ({ ...p, name: names[i]! }));
  const ids = new Set(participants.map((p) => p.id));
  const notes = [
    'I met Müller AG last week; Will Turner raised this too.',
    'ANA and souza disagree; Li was away; Chloe wrote it up.',
    "O'Brien sent it to ana.souza@acme.com and we will follow up.",
    'Zoë’s view: we listen only to the loud ones.',
  ];
  let n = 0;
  const responses = base.responses
    .filter((r) => ids.has(r.participant))
    .map((r) => {
      const { note: _note, ...rest } = r;
      return r.item === 'listening-1' && n < notes.length ? { ...rest, note: notes[n++] } : rest;
    });
  return {
    ...base,
    audit: { ...base.audit, organization: 'Zoë & Łukasz 山田 GmbH', facilitator: 'Will Fraser' },
    participants,
    responses,
    discussion: [{ item: 'leadership-2', note: 'Łukasz will collect examples from Müller AG.' }],
    actions: [
      { title: 'Call the lost customers', owner: 'Will Turner', status: 'open', source: 'custom' },
      { title: 'Ask Jan to brief the board', owner: 'chloe martin', status: 'open', source: 'custom' },
    ],
  };
}

describe('anonymity rewrites only what people typed', () => {
  it('keeps the organisation, the facilitator and the instrument’s wording, and replaces names in notes and the plan', async () => {
    const file = consultantAudit();
    const report = await renderToFile(tempDir(), 'consultant', file, { anonymous: true });
    const pages = pdfPages(report.path).map(flat);
    const text = pages.join(' ');
    // The organisation on the cover and in every footer, exactly as written.
    expect(pages[0]).toContain('Zoë & Łukasz 山田 GmbH');
    pages.slice(1).forEach((page, i) => expect(page, `page ${i + 2}`).toContain('Zoë & Łukasz 山田 GmbH'));
    expect(text).not.toContain('P1 & P2');
    expect(text).toContain('Will Fraser');
    // The commitment questions keep their "Will you…".
    for (const item of instrumentV1.commitment) expect(text).toContain(item.text.slice(0, 40));
    expect(text).not.toMatch(/P\d+ you /);
    // A company that shares a surname stays; the people are replaced.
    expect(text).toContain('I met Müller AG last week; P3 raised this too.');
    expect(text).toContain('P2 will collect examples from Müller AG.');
    expect(text).toContain('P5 and P5 disagree; P6 was away; P7 wrote it up.');
    expect(text).toContain('P8 sent it to P5 and we will follow up.');
    expect(text).toContain('P1’s view');
    expect(text).toMatch(/Call the lost customers P3/);
    for (const leak of [
      'ANA ',
      'souza',
      ' Li ',
      'Chloe',
      "O'Brien",
      'O’Brien',
      'ana.souza@',
      'Turner',
      'Zoë’s',
    ]) {
      expect(text, leak).not.toContain(leak);
    }
  });
});
