import { execFileSync } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRca, WORKED } from '../fixtures/run-cli.ts';
import { bigAuditJson } from '../fixtures/big-audit.ts';
import { tempDir } from '../fixtures/temp-storage.ts';

const run = runRca;

describe('rca import, list and export', () => {
  it('imports a file, lists it with its level and exports the same file back', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'audits.db');
    const imported = await run('import', WORKED, '--db', db);
    expect(imported).toMatchObject({ code: 0, out: '7d0e8c2a-3b1f-4c5d-9e6f-0a1b2c3d4e5f\n' });
    const listed = await run('list', '--db', db);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(
      'Acme Corp — Q4 leadership offsite  [complete, 3 participants, Emerging (64 %)]',
    );
    const json = JSON.parse((await run('list', '--db', db, '--json')).out) as { level: string }[];
    expect(json.map((a) => a.level)).toEqual(['Emerging']);
    const out = path.join(dir, 'back.rca.json');
    expect((await run('export', '7d0e8c2a-3b1f-4c5d-9e6f-0a1b2c3d4e5f', '--out', out, '--db', db)).code).toBe(
      0,
    );
    const original = JSON.parse(readFileSync(WORKED, 'utf8'));
    const back = JSON.parse(readFileSync(out, 'utf8'));
    expect(back.responses).toEqual(original.responses);
    expect(back.consensus).toEqual(original.consensus);
    expect(back.participants.map((p: { name: string }) => p.name)).toEqual([
      'Ana Souza',
      'Ben Okafor',
      'Chloé Martin',
    ]);
    expect((await run('score', out, '--json')).out).toBe((await run('score', WORKED, '--json')).out);
  });

  it('exits 1 with one line per problem for an invalid file, and the database stays empty', async () => {
    const db = path.join(tempDir(), 'audits.db');
    const bad = path.join(tempDir(), 'bad.rca.json');
    const file = JSON.parse(readFileSync(WORKED, 'utf8'));
    file.responses[0].value = 0;
    file.contacts[0].category = 'rescues';
    writeFileSync(bad, JSON.stringify(file));
    const result = await run('import', bad, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err.trimEnd().split('\n')).toEqual([
      `${bad}: contacts[0].category: Invalid option: expected one of "rescue"|"revenue"|"request"|"relationship"`,
    ]);
    expect((await run('list', '--db', db)).out).toBe('No audits yet.\n');
  });

  it('refuses a file over the size limit before reading it, and the database stays empty', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'audits.db');
    const big = path.join(dir, 'big.rca.json');
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024); // sparse: 67 MB of nothing, never read
    for (const command of ['import', 'score']) {
      const result = await run(command, big, ...(command === 'import' ? ['--db', db] : []));
      expect(result.code).toBe(1);
      expect(result.err).toBe(`${big}: the file is 67.2 MB; an audit file may be at most 50 MB\n`);
    }
    expect((await run('list', '--db', db)).out).toBe('No audits yet.\n');
  });

  it('prints the first 50 of 100,000 problems and counts the rest', async () => {
    const dir = tempDir();
    const file = bigAuditJson(1600);
    for (const r of file.responses.slice(0, 100_000)) r.value = 99;
    const bad = path.join(dir, 'bad.rca.json');
    writeFileSync(bad, JSON.stringify(file));
    for (const argv of [
      ['score', bad],
      ['import', bad, '--db', path.join(dir, 'a.db')],
    ]) {
      const result = await run(...argv);
      const lines = result.err.trimEnd().split('\n');
      expect(result.code).toBe(1);
      expect(lines).toHaveLength(51);
      expect(lines[0]).toBe(
        `${bad}: responses[0].value: 99 is off the scale of statement "leadership-1" (1 to 5, or null for Not sure)`,
      );
      expect(lines[50]).toBe(`${bad}: … and 99,950 more problems`);
    }
  });

  it('exits 1 with a clear message for a database file that is not a database', async () => {
    const db = path.join(tempDir(), 'notes.db');
    writeFileSync(db, 'not a database at all '.repeat(100));
    const result = await run('list', '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${db} is not a Reality Check database (it is not an SQLite database file). ` +
        'Restore a backup or start a new database beside it; nothing has been changed.\n',
    );
  });

  it('exits 1 for an unknown audit id and 2 for a missing --out', async () => {
    const db = path.join(tempDir(), 'audits.db');
    expect(await run('export', 'nope', '--out', path.join(tempDir(), 'x.json'), '--db', db)).toMatchObject({
      code: 1,
      err: 'There is no audit with id nope.\n',
    });
    expect((await run('export', 'nope', '--db', db)).code).toBe(2);
  });

  it('writes the report of an audit in a database, with its numbers, and exits 1 for an unknown id', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'audits.db');
    await run('import', WORKED, '--db', db);
    const out = path.join(dir, 'report.pdf');
    const result = await run(
      'report',
      '--db',
      db,
      '--audit',
      '7d0e8c2a-3b1f-4c5d-9e6f-0a1b2c3d4e5f',
      '--out',
      out,
      '--anonymous',
    );
    expect(result.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Emerging');
    expect(text).toMatch(/Readiness index\s+64\s?%/);
    expect(text).not.toContain('Ana Souza');
    expect(await run('report', '--db', db, '--audit', 'nope', '--out', out)).toMatchObject({
      code: 1,
      err: 'There is no audit with id nope.\n',
    });
    expect((await run('report', WORKED, '--audit', 'x', '--out', out)).code).toBe(2);
  });
});
