import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { id, name, note, shortText } from '../../../shared/audit-file/fields.ts';
import { validateAuditFile } from '../../../shared/audit-file/validate.ts';
import { HOSTILE_NAMES } from '../../fixtures/hostile-text.ts';

const message = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: string,
) => {
  const result = schema.safeParse(value);
  return result.success
    ? null
    : String((result.error as { issues: { message: string }[] }).issues[0]?.message);
};

describe('control characters in names, titles and notes', () => {
  it.each(HOSTILE_NAMES)('refuses a name with %s', (_what, value) => {
    expect(message(name, value)).not.toBeNull();
    expect(message(shortText, value)).not.toBeNull();
  });

  it('says what is wrong, without echoing the text', () => {
    expect(message(name, 'Ana\u001b[2J')).toBe('must not contain control characters');
    expect(message(name, 'Ana\u202eBen')).toBe(
      'must not contain characters that reverse or isolate the direction of text',
    );
    expect(message(name, '\u200b\u200b')).toBe('must not be empty');
  });

  it('keeps real names: accents, scripts, joiners inside a word', () => {
    for (const ok of ['José Álvarez', 'Ольга Иванова', '山田太郎', 'مریم‌السادات', 'Zoë-Brontë', 'N’Golo']) {
      expect(name.parse(ok)).toBe(ok);
    }
    expect(shortText.parse('')).toBe('');
  });

  it('lets a note keep line breaks and tabs, and nothing else of the kind', () => {
    expect(note.parse('first line\nsecond line\r\n\tindented')).toBe('first line\nsecond line\r\n\tindented');
    expect(message(note, 'bell\u0007')).toBe('must not contain control characters');
    expect(message(note, 'clear \u001b[2J')).toBe('must not contain control characters');
    expect(message(note, 'flip \u202e')).not.toBeNull();
  });

  it('refuses control characters in identifiers too', () => {
    expect(message(id, 'p1\u001b[2J')).toBe('must not contain control characters');
    expect(id.parse('p1')).toBe('p1');
  });

  it('refuses them in every name and title of an audit file', () => {
    const file = JSON.parse(readFileSync('tests/fixtures/audits/acme-worked-example.rca.json', 'utf8'));
    file.audit.title = 'Offsite\u001b]0;pwned\u0007';
    file.audit.organization = '\u200b';
    file.participants[0].name = 'Ana\u0000';
    file.participants[1].name = 'Ben\nOkafor';
    file.participants[2].role = '\u202eOEC';
    const result = validateAuditFile(file);
    expect(result.ok ? [] : result.problems).toEqual([
      'audit.title: must not contain control characters',
      'audit.organization: must not be empty',
      'participants[0].name: must not contain control characters',
      'participants[1].name: must not contain control characters',
      'participants[2].role: must not contain characters that reverse or isolate the direction of text',
    ]);
  });
});
