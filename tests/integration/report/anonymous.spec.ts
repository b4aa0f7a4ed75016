import { describe, expect, it } from 'vitest';
import { twelveTeamAudit, UNICODE_NAMES, unicodeAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfInfo, pdfText, renderToFile, tempDir } from './pdf-tools.ts';

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
