import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRca, WORKED } from '../fixtures/run-cli.ts';

const run = runRca;

describe('rca score', () => {
  it('prints the results of the worked example, computed by hand in the issue note', async () => {
    const { code, out, err } = await run('score', WORKED, '--json');
    expect([code, err]).toEqual([0, '']);
    const results = JSON.parse(out) as {
      index: number;
      level: string;
      levelFromIndex: string;
      caps: { rule: string; to: string }[];
      dimensions: { id: string; percent: number; coverage: number; insufficient: boolean }[];
      items: { id: string; mean: number; sd: number; misaligned: boolean; value: number }[];
      signs: { id: string; severity: number; present: boolean; severe: boolean }[];
      commitment: { percent: number; no: string[] };
      targets: { id: string; state: string | null }[];
      contacts: { name: string; gap: number; priorityGap: boolean }[];
      actions: { id: string; urgent: boolean }[];
    };
    const percent = Object.fromEntries(results.dimensions.map((d) => [d.id, d.percent]));
    expect(percent.leadership).toBe(75);
    expect(percent.listening).toBeCloseTo(((15 / 7 - 1) / 4) * 100, 10); // 28.571
    expect(percent.metrics).toBe(50);
    expect(results.dimensions.find((d) => d.id === 'metrics')).toMatchObject({
      coverage: 2 / 6,
      insufficient: true,
    });
    expect(percent.accountability).toBeCloseTo(((20 / 6 - 1) / 4) * 100, 10); // 58.333
    expect(percent.unified).toBe(100);
    expect(percent.enabling).toBe(75);
    expect(percent.motivation).toBe(50);
    const index = (75 + ((15 / 7 - 1) / 4) * 100 + ((20 / 6 - 1) / 4) * 100 + 100 + 75 + 50) / 6;
    expect(results.index).toBeCloseTo(index, 10); // 64.484
    expect([results.levelFromIndex, results.level]).toEqual(['Building', 'Emerging']);
    expect(results.caps.map((c) => [c.rule, c.to])).toEqual([['weakest-link', 'Emerging']]);
    const listening1 = results.items.find((i) => i.id === 'listening-1');
    expect(listening1).toMatchObject({ mean: 3, misaligned: true });
    expect(listening1?.sd).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(results.items.find((i) => i.id === 'accountability-1')?.value).toBe(5);
    expect(results.signs.filter((s) => s.present).map((s) => [s.id, s.severe])).toEqual([
      ['sign-destination', true],
      ['sign-together', false],
    ]);
    expect(results.commitment.percent).toBeCloseTo(((14 + 1 / 3 + 1) / 9 / 2) * 100, 10); // 85.19
    expect(results.commitment.no).toEqual(['commit-patience']);
    expect(results.targets.map((t) => t.state)).toEqual(['in place', 'partial', 'missing', null]);
    expect(results.contacts.map((c) => [c.gap, c.priorityGap])).toEqual([
      [3, true],
      [1, false],
      [2, true],
    ]);
    const rules = results.actions.map((a) => a.id.split(':')[1] ?? a.id);
    expect(results.actions[0]?.urgent).toBe(true);
    expect(rules).toContain('listening-1');
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run('score', WORKED);
    expect(code).toBe(0);
    expect(out).toContain('Readiness: Emerging, index 64 % (index alone: Building)');
    expect(out).toMatch(/Metrics\s+50 %\s+\(insufficient answers\)/);
  });

  it('exits 1 with one line per problem on stderr for an invalid file, and prints nothing on stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rca-'));
    const file = JSON.parse(readFileSync(WORKED, 'utf8')) as {
      responses: { value: unknown }[];
      participants: unknown[];
    };
    file.responses[0]!.value = 9;
    file.responses[1]!.value = -2;
    const bad = path.join(dir, 'bad.rca.json');
    writeFileSync(bad, JSON.stringify(file));
    const { code, out, err } = await run('score', bad, '--json');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toEqual([
      `${bad}: responses[0].value: 9 is off the scale of statement "leadership-1" (1 to 5, or null for Not sure)`,
      `${bad}: responses[1].value: -2 is off the scale of statement "leadership-1" (1 to 5, or null for Not sure)`,
    ]);
  });

  it('exits 1 for a missing file and for text that is not JSON', async () => {
    expect(await run('score', '/nonexistent/audit.rca.json')).toMatchObject({
      code: 1,
      err: '/nonexistent/audit.rca.json: cannot read the file (no such file)\n',
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'rca-'));
    writeFileSync(path.join(dir, 'x.json'), 'not json');
    expect((await run('score', path.join(dir, 'x.json'))).err).toMatch(/x\.json: \(file\): not valid JSON/);
  });

  it('exits 2 for usage errors', async () => {
    expect((await run()).code).toBe(2);
    expect(await run('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "frobnicate"') as unknown,
    });
    expect(await run('score')).toMatchObject({
      code: 2,
      err: 'rca score: missing FILE: rca score FILE --json, or rca score --db PATH --audit ID --json\n',
    });
    expect(await run('score', WORKED, '--jsn')).toMatchObject({
      code: 2,
      err: 'rca score: unknown option --jsn\n',
    });
    expect((await run('instrument', 'extra')).code).toBe(2);
  });
});

describe('rca score on format 2: re-vote rounds and role groups', () => {
  const ROUNDS = 'tests/fixtures/audits/acme-rounds-groups.rca.json';

  type Json = {
    index: number;
    level: string;
    caps: unknown[];
    completeness: number;
    provisional: boolean;
    incomplete: string[];
    dimensions: { id: string; percent: number | null; insufficient: boolean }[];
    items: Record<string, unknown>[];
    groups: Record<string, unknown>[];
    perceptionGaps: Record<string, unknown>[];
    roleSplits: Record<string, unknown>[];
    actions: { id: string; title: string }[];
  };

  it('prints the fields of docs/spec/interfaces.md, computed by hand in acme-rounds-groups.md', async () => {
    const { code, out, err } = await run('score', ROUNDS, '--json');
    expect([code, err]).toEqual([0, '']);
    const results = JSON.parse(out) as Json;
    expect(results.completeness).toBeCloseTo(142 / 715, 12);
    expect(results.provisional).toBe(true);
    expect(results.incomplete).toEqual(['e1', 'e2', 'e3', 'm1', 'm2', 'm3', 'f1', 'f2', 'f3', 'f4', 'u1']);
    const percent = Object.fromEntries(results.dimensions.map((d) => [d.id, d.percent]));
    expect(percent.leadership).toBeCloseTo((229.6 / 66 - 1) * 25, 10); // 61.97
    expect(percent.listening).toBeCloseTo((29 / 11) * 25, 10); // 65.91
    expect(results.index).toBeCloseTo(((229.6 / 66 - 1) * 25 + (29 / 11) * 25) / 2, 10); // 63.94
    expect([results.level, results.caps]).toEqual(['Building', []]);

    const [leadership1, leadership2] = results.items;
    expect(leadership1).toMatchObject({
      id: 'leadership-1',
      finalRound: 2,
      n: 10,
      mean: 3.6,
      range: 1,
      misaligned: false,
      converged: true,
    });
    expect(leadership1?.sd).toBeCloseTo(Math.sqrt(0.24), 12);
    expect(leadership1?.sdChange).toBeCloseTo(Math.sqrt(0.24) - Math.sqrt(142 / 11 - (36 / 11) ** 2), 12);
    const rounds = leadership1?.rounds as Record<string, number>[];
    expect(rounds.map((r) => [r.round, r.n, r.unsure, r.median])).toEqual([
      [1, 11, 0, 4],
      [2, 10, 0, 4],
    ]);
    expect(rounds[0]?.mean).toBeCloseTo(36 / 11, 12);
    expect(rounds[0]?.sd).toBeCloseTo(Math.sqrt(142 / 11 - (36 / 11) ** 2), 12);
    expect(rounds[0]?.agreement).toBeCloseTo(7 / 11, 12);
    expect(rounds[1]).toMatchObject({ mean: 3.6, agreement: 1 });
    expect(leadership2).toMatchObject({ id: 'leadership-2', finalRound: 1, misaligned: true });
    expect(Object.keys(leadership2 ?? {})).not.toContain('rounds');

    expect(results.groups.map((g) => [g.id, g.name, g.size, g.suppressed])).toEqual([
      ['exec', 'Executive team', 3, false],
      ['mgr', 'Managers', 3, false],
      ['front', 'Front line', 4, false],
    ]);
    const figures = results.groups.map((g) => {
      const dims = g.dimensions as {
        id: string;
        percent: number | null;
        coverage: number;
        insufficient: boolean;
      }[];
      return [g.index, dims[0]?.percent, dims[1]?.percent, dims[2]?.insufficient] as const;
    });
    const expected = [
      [85.416667, 95.833333, 75],
      [70.833333, 75, 66.666667],
      [45.833333, 29.166667, 62.5],
    ];
    figures.forEach(([index, leadership, listening, metricsInsufficient], i) => {
      expect(index).toBeCloseTo(expected[i]![0]!, 6);
      expect(leadership).toBeCloseTo(expected[i]![1]!, 6);
      expect(listening).toBeCloseTo(expected[i]![2]!, 6);
      expect(metricsInsufficient).toBe(true);
    });

    expect(results.perceptionGaps.map((g) => [g.dimension, g.high, g.low, g.flagged])).toEqual([
      ['leadership', 'exec', 'front', true],
      ['listening', 'exec', 'front', false],
    ]);
    expect(results.perceptionGaps[0]?.gap).toBeCloseTo(200 / 3, 10);
    expect(results.perceptionGaps[1]?.gap).toBe(12.5);
    expect(results.roleSplits.map((s) => [s.item, s.high, s.low, s.difference])).toEqual([
      ['leadership-1', 'exec', 'front', 1],
      ...[2, 3, 4, 5, 6].map((i) => [`leadership-${i}`, 'exec', 'front', 3]),
    ]);

    expect(results.actions.map((a) => a.id)).toEqual([
      ...[2, 3, 4, 5, 6].map((i) => `act-misaligned:leadership-${i}`),
      'act-gap-leadership',
      'act-leadership-mid-1',
      'act-leadership-mid-2',
      'act-listening-mid-1',
      'act-listening-mid-2',
    ]);
    expect(results.actions[5]?.title).toBe(
      'Compare how Executive team and Front line see customer leadership, in one room',
    );
  });

  it('gives a suppressed group only its id, name, size and suppressed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rca-'));
    const file = JSON.parse(readFileSync(ROUNDS, 'utf8')) as {
      responses: { participant: string }[];
    };
    // f3 and f4 answer nothing: the front line has 2 members, below 3, and the smaller of
    // the other two (mgr, tied with exec at 3: the later one) is suppressed with it.
    file.responses = file.responses.filter((r) => r.participant !== 'f3' && r.participant !== 'f4');
    const thin = path.join(dir, 'thin.rca.json');
    writeFileSync(thin, JSON.stringify(file));
    const results = JSON.parse((await run('score', thin, '--json')).out) as Json;
    expect(results.groups.slice(1)).toEqual([
      { id: 'mgr', name: 'Managers', size: 3, suppressed: true },
      { id: 'front', name: 'Front line', size: 2, suppressed: true },
    ]);
    expect([results.perceptionGaps, results.roleSplits]).toEqual([[], []]);
  });

  it('summarises rounds, groups and perception gaps without --json', async () => {
    const { code, out } = await run('score', ROUNDS);
    expect(code).toBe(0);
    expect(out).toContain('Re-voted: 1 item, 1 converged');
    expect(out).toMatch(/Executive team \(3\)\s+85 %/);
    expect(out).toMatch(/Front line \(4\)\s+46 %/);
    expect(out).toContain('Perception gap on Customer Leadership: Executive team 96 %, Front line 29 %');
    expect((await run('score', WORKED)).out).not.toMatch(/Groups|Re-voted/);
  });

  it('adds the new fields to a format-1 file without changing anything else', async () => {
    const results = JSON.parse((await run('score', WORKED, '--json')).out) as Json;
    expect(results).toMatchObject({ groups: [], perceptionGaps: [], roleSplits: [] });
    expect(results.items.every((i) => i.finalRound === 1 || (i.finalRound === null && i.n === 0))).toBe(true);
    expect(results.items.some((i) => 'rounds' in i || 'converged' in i || 'sdChange' in i)).toBe(false);
  });
});

describe('rca instrument', () => {
  it('prints the instrument in the shape of docs/spec/interfaces.md', async () => {
    const { code, out } = await run('instrument', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown[]> & { id: string; version: string };
    expect([json.id, json.version]).toEqual(['reality-check', '1.0.0']);
    expect(json.dimensions).toHaveLength(7);
    expect(json.signs).toHaveLength(8);
    expect(json.commitment).toHaveLength(9);
    expect(json.targets).toHaveLength(4);
    expect(json.contactCategories).toEqual(['rescue', 'revenue', 'request', 'relationship']);
    expect(json.actions?.[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String) as unknown,
        rule: expect.any(String) as unknown,
        horizonDays: expect.any(Number) as unknown,
      }),
    );
  });
});

describe('the rca binary (built, as npx runs it)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'pipe' });
  });

  it('runs headless and returns the exit statuses of docs/spec/interfaces.md', () => {
    const ok = spawnSync(process.execPath, ['bin/rca.cjs', 'score', WORKED, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { level: string }).level).toBe('Emerging');
    const bad = spawnSync(process.execPath, ['bin/rca.cjs', 'score', 'package.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      'package.json: format: must be "reality-check-audit"; this is not a Reality Check audit file\n',
    );
    expect(bad.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
    const usage = spawnSync(process.execPath, ['bin/rca.cjs'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
