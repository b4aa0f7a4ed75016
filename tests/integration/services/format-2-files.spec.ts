import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../electron/core/db/backup.ts';
import { closeStorage, type Storage } from '../../../electron/core/db/storage.ts';
import { invoke } from '../../../electron/core/services/dispatch.ts';
import { parseAuditFileText } from '../../../shared/audit-file/validate.ts';
import { runRca } from '../../fixtures/run-cli.ts';
import { call, tempDir, tempStorage } from '../../fixtures/temp-storage.ts';

/** Three groups, eleven participants, a second round on leadership-1 (worked out in acme-rounds-groups.md). */
const ROUNDS_PATH = 'tests/fixtures/audits/acme-rounds-groups.rca.json';
const ROUNDS = readFileSync(ROUNDS_PATH, 'utf8');

function parsed(text: string) {
  const result = parseAuditFileText(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.file;
}

/** What `rca score FILE --json` prints for a file, as data. */
async function scoreOfFile(file: string): Promise<unknown> {
  const { code, out, err } = await runRca('score', file, '--json');
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return JSON.parse(out);
}

/** Results as they cross a transport: JSON, so an absent field and an undefined one are the same. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function imported(text = ROUNDS): Promise<{ storage: Storage; auditId: string }> {
  const storage = await tempStorage();
  const { auditId } = await call(storage, 'files.import', { text });
  return { storage, auditId };
}

describe('format-2 audit files through the database', () => {
  it('imports rounds, groups, each participant’s group and minGroupSize, and keeps every round’s answers', async () => {
    const { storage, auditId } = await imported();
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.minGroupSize).toBe(3);
    expect(detail.groups).toEqual([
      { id: 'exec', name: 'Executive team' },
      { id: 'mgr', name: 'Managers' },
      { id: 'front', name: 'Front line' },
    ]);
    expect(detail.participants.map((p) => `${p.id}:${p.group}`).join(' ')).toBe(
      'e1:exec e2:exec e3:exec m1:mgr m2:mgr m3:mgr f1:front f2:front f3:front f4:front u1:',
    );
    expect(detail.responses).toHaveLength(143);
    expect(detail.roundResponses).toHaveLength(10);
    expect(detail.roundResponses.every((r) => r.round === 2 && r.item === 'leadership-1')).toBe(true);
    // The file names no round metadata: round 2 is a closed round of the items answered in it.
    expect(detail.rounds).toEqual([
      { round: 2, items: ['leadership-1'], openedAt: detail.revealedAt, closedAt: detail.revealedAt },
    ]);
    // Round 1 is kept beside round 2: e1 said 5, then 4.
    expect(detail.responses.find((r) => r.participant === 'e1' && r.item === 'leadership-1')?.value).toBe(5);
    expect(detail.roundResponses.find((r) => r.participant === 'e1')?.value).toBe(4);
    closeStorage(storage);
  });

  it('scores a stored audit exactly as `rca score --json` scores its file, and its export', async () => {
    const { storage, auditId } = await imported();
    const results = asJson(await call(storage, 'audits.results', { id: auditId }));
    expect(results).toEqual(await scoreOfFile(ROUNDS_PATH));
    const out = path.join(tempDir(), 'exported.rca.json');
    writeFileSync(out, (await call(storage, 'files.export', { id: auditId })).text);
    expect(await scoreOfFile(out)).toEqual(results);
    closeStorage(storage);
  });

  it('exports the file it imported, adding only what the app records (codes, anonymity, reveal, rounds)', async () => {
    const { storage, auditId } = await imported();
    const exported = await call(storage, 'files.export', { id: auditId });
    const file = parsed(ROUNDS);
    const when = exported.file.audit.revealedAt;
    expect(when).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(parsed(exported.text)).toEqual({
      ...file,
      audit: { ...file.audit, anonymous: true, revealedAt: when },
      participants: file.participants.map((p, i) => ({ ...p, code: `P${i + 1}` })),
      rounds: [{ round: 2, items: ['leadership-1'], openedAt: when, closedAt: when }],
    });
    closeStorage(storage);
  });

  it('round-trips its own export byte for byte, through a second database', async () => {
    const { storage, auditId } = await imported();
    const first = await call(storage, 'files.export', { id: auditId });
    const other = await tempStorage();
    const again = await call(other, 'files.import', { text: first.text });
    expect(again.auditId).toBe(auditId);
    expect((await call(other, 'files.export', { id: auditId })).text).toBe(first.text);
    expect(asJson(await call(other, 'audits.results', { id: auditId }))).toEqual(
      asJson(await call(storage, 'audits.results', { id: auditId })),
    );
    closeStorage(storage);
    closeStorage(other);
  });

  it('keeps an open round open, and a round nobody has answered yet, across export and import', async () => {
    const file = JSON.parse(ROUNDS) as Record<string, any>;
    file.rounds = [
      {
        round: 2,
        items: ['leadership-1'],
        openedAt: '2026-12-07T10:00:00.000Z',
        closedAt: '2026-12-07T10:15:00.000Z',
      },
      { round: 3, items: ['leadership-2', 'leadership-3'], openedAt: '2026-12-07T10:20:00.000Z' },
    ];
    const { storage, auditId } = await imported(JSON.stringify(file));
    const detail = await call(storage, 'audits.get', { id: auditId });
    expect(detail.rounds).toEqual([
      {
        round: 2,
        items: ['leadership-1'],
        openedAt: '2026-12-07T10:00:00.000Z',
        closedAt: '2026-12-07T10:15:00.000Z',
      },
      {
        round: 3,
        items: ['leadership-2', 'leadership-3'],
        openedAt: '2026-12-07T10:20:00.000Z',
        closedAt: null,
      },
    ]);
    expect(parsed((await call(storage, 'files.export', { id: auditId })).text).rounds).toEqual(file.rounds);
    closeStorage(storage);
  });

  it('keeps a group-size floor other than 3, with or without groups', async () => {
    const file = JSON.parse(ROUNDS) as Record<string, any>;
    file.audit.minGroupSize = 4;
    const { storage, auditId } = await imported(JSON.stringify(file));
    expect((await call(storage, 'audits.get', { id: auditId })).minGroupSize).toBe(4);
    const results = await call(storage, 'audits.results', { id: auditId });
    // Exec and managers (3 each) are below 4; front line (4) is then the only one left: nothing to compare.
    expect(results.groups.map((g) => [g.id, g.suppressed])).toEqual([
      ['exec', true],
      ['mgr', true],
      ['front', false],
    ]);
    expect(results.perceptionGaps).toEqual([]);
    delete file.groups;
    for (const p of file.participants) delete p.group;
    const bare = await call(storage, 'files.import', { text: JSON.stringify(file) });
    expect(parsed((await call(storage, 'files.export', { id: bare.auditId })).text).audit.minGroupSize).toBe(
      4,
    );
    closeStorage(storage);
  });

  it('writes nothing for a format-2 file with one bad round, group or answer', async () => {
    const storage = await tempStorage();
    const before = tableCounts(storage.db);
    const file = JSON.parse(ROUNDS) as Record<string, any>;
    file.responses.at(-1).item = 'leadership-2';
    file.rounds = [{ round: 2, items: ['leadership-1'], openedAt: '2026-12-07T10:00:00Z' }];
    file.participants[0].group = 'board';
    const result = await invoke(storage, 'files.import', { text: JSON.stringify(file) });
    expect(result.ok || result.error.message.split('\n')).toEqual([
      'participants[0].group: "board" is not in groups',
      `responses[${file.responses.length - 1}].item: "leadership-2" was not re-voted in round 2`,
    ]);
    expect(tableCounts(storage.db)).toEqual(before);
    closeStorage(storage);
  });

  it('rolls back the whole import when the database refuses a later-round answer half-way', async () => {
    const storage = await tempStorage();
    const before = tableCounts(storage.db);
    storage.db.exec(
      `CREATE TEMP TRIGGER fail_on_round BEFORE INSERT ON round_responses BEGIN SELECT RAISE(ABORT, 'injected'); END`,
    );
    const result = await invoke(storage, 'files.import', { text: ROUNDS });
    expect(result.ok).toBe(false);
    expect(tableCounts(storage.db)).toEqual(before);
    closeStorage(storage);
  });
});
