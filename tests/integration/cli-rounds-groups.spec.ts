import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRca } from '../fixtures/run-cli.ts';
import { tempDir } from '../fixtures/temp-storage.ts';

const ROUNDS = 'tests/fixtures/audits/acme-rounds-groups.rca.json';
const AUDIT_ID = '3c9b1e4a-5d2f-4a6b-8c7d-9e0f1a2b3c4d';

/** A database in a fresh folder with the rounds-and-groups fixture imported. */
async function databaseWith(file = ROUNDS): Promise<string> {
  const db = path.join(tempDir(), 'audits.db');
  expect(await runRca('import', file, '--db', db)).toMatchObject({ code: 0, out: `${AUDIT_ID}\n` });
  return db;
}

describe('rca score on an audit in the database', () => {
  it('prints exactly what it prints for the file: rounds, groups, perception gaps, completeness', async () => {
    const db = await databaseWith();
    const stored = await runRca('score', '--db', db, '--audit', AUDIT_ID, '--json');
    expect(stored).toMatchObject({ code: 0, err: '' });
    expect(stored.out).toBe((await runRca('score', ROUNDS, '--json')).out);
    const results = JSON.parse(stored.out) as Record<string, any>;
    expect(results.items.find((i: { id: string }) => i.id === 'leadership-1')).toMatchObject({
      finalRound: 2,
      converged: true,
    });
    expect(results.groups.map((g: { id: string }) => g.id)).toEqual(['exec', 'mgr', 'front']);
    expect(results.perceptionGaps[0]).toMatchObject({
      dimension: 'leadership',
      high: 'exec',
      low: 'front',
      flagged: true,
    });
    expect(results.roleSplits.map((s: { item: string }) => s.item).slice(0, 2)).toEqual([
      'leadership-1',
      'leadership-2',
    ]);
    expect(results).toMatchObject({ provisional: true });
    expect(results.incomplete).toHaveLength(11);
  });

  it('prints the same summary without --json', async () => {
    const db = await databaseWith();
    const stored = await runRca('score', '--db', db, '--audit', AUDIT_ID);
    expect(stored.code).toBe(0);
    expect(stored.out).toBe((await runRca('score', ROUNDS)).out);
    expect(stored.out).toContain('Re-voted: 1 item, 1 converged');
    expect(stored.out).toMatch(/Perception gap on Customer Leadership: Executive team 96 %, Front line 29 %/);
  });

  it('exits 1 for an audit the database lacks and 2 for FILE and --audit together', async () => {
    const db = await databaseWith();
    expect(
      await runRca('score', '--db', db, '--audit', '00000000-0000-4000-8000-000000000000', '--json'),
    ).toEqual({
      code: 1,
      out: '',
      err: 'There is no audit with id 00000000-0000-4000-8000-000000000000.\n',
    });
    expect((await runRca('score', ROUNDS, '--audit', AUDIT_ID)).code).toBe(2);
    expect((await runRca('score', ROUNDS, '--db', db)).code).toBe(2);
  });
});

describe('rca merge', () => {
  /** The fixture before its reveal: in progress, round 1 only, so pre-work answers may still join. */
  function blindFixture(): string {
    const file = JSON.parse(readFileSync(ROUNDS, 'utf8')) as Record<string, any>;
    file.audit.status = 'in-progress';
    file.responses = file.responses.filter((r: { round?: number }) => r.round === undefined);
    const out = path.join(tempDir(), 'blind.rca.json');
    writeFileSync(out, JSON.stringify(file));
    return out;
  }

  function responseFile(fields: Record<string, unknown> = {}): string {
    const out = path.join(tempDir(), 'sam.rcr.json');
    writeFileSync(
      out,
      JSON.stringify({
        format: 'reality-check-responses',
        formatVersion: 1,
        instrument: { id: 'reality-check', version: '1.0.0' },
        audit: { id: AUDIT_ID },
        participant: { name: 'Sam Lee', group: 'front' },
        responses: [
          { item: 'leadership-1', value: 1 },
          { item: 'leadership-2', value: 2, note: 'Rarely.' },
        ],
        submittedAt: '2026-12-01T08:00:00Z',
        ...fields,
      }),
    );
    return out;
  }

  it('merges a response file into the audit once, and the results count the new answers', async () => {
    const db = await databaseWith(blindFixture());
    const form = responseFile();
    expect(await runRca('merge', form, '--audit', AUDIT_ID, '--db', db)).toEqual({
      code: 0,
      out: 'merged 2 answers as a new participant, P12\n',
      err: '',
    });
    expect(await runRca('merge', form, '--audit', AUDIT_ID, '--db', db)).toEqual({
      code: 0,
      out: `${form} was merged already (P12); nothing changed\n`,
      err: '',
    });
    const results = JSON.parse((await runRca('score', '--db', db, '--audit', AUDIT_ID, '--json')).out);
    // The front line is five now: f1 … f4 and the new participant.
    expect(results.groups.find((g: { id: string }) => g.id === 'front').size).toBe(5);
    expect(results.items.find((i: { id: string }) => i.id === 'leadership-1').n).toBe(12);
  });

  it('exits 1 with the file and the reason for a form of another audit, and 2 without --audit', async () => {
    const db = await databaseWith(blindFixture());
    const other = responseFile({ audit: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(await runRca('merge', other, '--audit', AUDIT_ID, '--db', db)).toEqual({
      code: 1,
      out: '',
      err: `${other}: audit.id: the answers are for audit 00000000-0000-4000-8000-000000000000, not for this audit (${AUDIT_ID})\n`,
    });
    expect((await runRca('merge', other, '--db', db)).code).toBe(2);
    const missing = path.join(tempDir(), 'nothing.rcr.json');
    expect((await runRca('merge', missing, '--audit', AUDIT_ID, '--db', db)).err).toBe(
      `${missing}: cannot read the file (no such file)\n`,
    );
  });

  it('refuses after the reveal: the fixture is complete, so revealed', async () => {
    const db = await databaseWith();
    const result = await runRca('merge', responseFile(), '--audit', AUDIT_ID, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toContain('has started, so these answers can no longer join the blind scoring');
  });
});
