import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../electron/cli/terminal.ts';
import { runRca, WORKED } from '../fixtures/run-cli.ts';
import { tempDir } from '../fixtures/temp-storage.ts';

/** Anything a terminal would act on: C0 but tab and line feed, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const HOSTILE_TITLE =
  'Offsite\u001b]0;pwned\u0007\u001b[2J\u001b[H\u001b]52;c;ZWNobyBoaQ==\u0007 \u202eevil\r\nfake line\u009b31m';

/** A database holding an audit whose title and organisation an older version let through. */
async function hostileDatabase(): Promise<string> {
  const db = path.join(tempDir(), 'audits.db');
  expect((await runRca('import', WORKED, '--db', db)).code).toBe(0);
  const raw = new Database(db);
  raw.prepare('UPDATE audits SET title = ?').run(HOSTILE_TITLE);
  raw.prepare('UPDATE organizations SET name = ?').run('Acme\u0000\u001b[31m Corp');
  raw.close();
  return db;
}

describe('what rca prints to a terminal', () => {
  it('lists audits whose titles hold escape codes without passing any of them on', async () => {
    const db = await hostileDatabase();
    const { code, out, err } = await runRca('list', '--db', db);
    expect([code, err]).toEqual([0, '']);
    expect(out).not.toMatch(UNSAFE);
    expect(out.split('\n')).toHaveLength(2); // one audit, one line
    expect(out).toContain('Acme Corp — Offsite');
    expect(out).toContain('fake line');
  });

  it('keeps the stored text exact in --json, with the unsafe characters escaped', async () => {
    const db = await hostileDatabase();
    const { code, out } = await runRca('list', '--db', db, '--json');
    expect(code).toBe(0);
    expect(out).not.toMatch(UNSAFE);
    const [audit] = JSON.parse(out) as { title: string }[];
    expect(audit?.title).toBe(HOSTILE_TITLE);
  });

  it('strips escape codes from error messages too', async () => {
    const dir = tempDir();
    const file = JSON.parse(readFileSync(WORKED, 'utf8'));
    file.audit['\u001b]0;pwned\u0007'] = true;
    const bad = path.join(dir, 'bad.rca.json');
    writeFileSync(bad, JSON.stringify(file));
    const scored = await runRca('score', bad);
    expect(scored.code).toBe(1);
    expect(scored.err).toContain('Unrecognized key');
    expect(scored.err).not.toMatch(UNSAFE);

    const missing = await runRca(
      'import',
      path.join(dir, 'no\u001b[2Jsuch\u202e.rca.json'),
      '--db',
      path.join(dir, 'a.db'),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read the file');
    expect(missing.err).not.toMatch(UNSAFE);

    const unknown = await runRca('\u001b[2Jlist');
    expect(unknown.code).toBe(2);
    expect(unknown.err).not.toMatch(UNSAFE);
  });

  it('has one function that makes any text safe, on one line or many', () => {
    expect(terminalSafe('a\u001b[31mb\u001b]0;t\u0007c\u009b2Jd\u202ee\u0000f')).toBe('abcdef');
    expect(terminalSafe('line 1\nline 2\ttab')).toBe('line 1\nline 2\ttab');
    expect(terminalSafe('line 1\r\nline 2\u2028x', { singleLine: true })).toBe('line 1 line 2 x');
  });
});
