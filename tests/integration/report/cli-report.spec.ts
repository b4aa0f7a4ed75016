import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../../scripts/node-bundle.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRca, WORKED } from '../../fixtures/run-cli.ts';
import { twelveTeamAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfFonts, pdfText, tempDir } from './pdf-tools.ts';

const run = runRca;

describe('rca report', () => {
  it('writes the report of an audit file and exits 0', async () => {
    const out = path.join(tempDir(), 'acme.pdf');
    const result = await run('report', WORKED, '--out', out);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^wrote .*acme\.pdf \(\d+ KB\)\n$/);
    const text = flat(pdfText(out));
    expect(text).toContain('Executive summary');
    expect(text).toContain('Readiness index 64 %');
    expect(text).toContain('Appendix: all answers');
    expect(text).toContain('Chloé Martin');
  });

  it('--anonymous leaves names out, --no-appendix the appendix, --deterministic repeats the bytes', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'team.rca.json');
    writeFileSync(input, JSON.stringify(twelveTeamAudit()));
    const a = path.join(dir, 'a.pdf');
    const b = path.join(dir, 'b.pdf');
    for (const out of [a, b]) {
      expect(
        (await run('report', input, '--out', out, '--anonymous', '--no-appendix', '--deterministic')).code,
      ).toBe(0);
    }
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const text = flat(pdfText(a));
    expect(text).not.toContain('Appendix: all answers');
    expect(text).not.toContain('Ana Souza');
  });

  it('overlays the earlier audit with --previous', async () => {
    const out = path.join(tempDir(), 'again.pdf');
    expect((await run('report', WORKED, '--previous', WORKED, '--out', out)).code).toBe(0);
    const text = flat(pdfText(out));
    expect(text).toContain('Re-assessment of Q4 leadership offsite, 23 November 2026');
    expect(text).toContain('Previous audit (23 November 2026)');
  });

  it('exits 2 for usage errors and 1 for bad input or an unwritable path, leaving no file', async () => {
    const dir = tempDir();
    expect(await run('report', WORKED)).toMatchObject({
      code: 2,
      err: 'rca report: missing --out OUT.pdf: where to write the report\n',
    });
    expect(await run('report', '--out', 'x.pdf')).toMatchObject({ code: 2 });
    expect(await run('report', WORKED, '--out', 'x.pdf', '--colour')).toMatchObject({
      code: 2,
      err: 'rca report: unknown option --colour\n',
    });
    expect(
      await run('report', path.join(dir, 'none.rca.json'), '--out', path.join(dir, 'x.pdf')),
    ).toMatchObject({
      code: 1,
      err: `${path.join(dir, 'none.rca.json')}: cannot read the file (no such file)\n`,
    });
    const unwritable = path.join(dir, 'no-such-folder', 'report.pdf');
    expect(await run('report', WORKED, '--out', unwritable)).toMatchObject({
      code: 1,
      out: '',
      err: `cannot write the report to ${unwritable}: the folder does not exist\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('rca report from the bundled command line', () => {
  // Bundled like the shipped binary (CommonJS), into a folder of its own so it cannot collide
  // with other tests building dist/, and run from outside the checkout: the fonts must be
  // found from the bundle's own location.
  const bundleDir = path.resolve('dist', `report-cli-test-${process.pid}`);
  beforeAll(async () => {
    await build({
      ...nodeBundleOptions,
      entryPoints: ['electron/cli/main.ts'],
      outfile: path.join(bundleDir, 'rca.cjs'),
    });
  });
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('writes a report with every font embedded', () => {
    const out = path.join(tempDir(), 'built.pdf');
    const result = spawnSync(
      process.execPath,
      [path.join(bundleDir, 'rca.cjs'), 'report', path.resolve(WORKED), '--out', out],
      {
        encoding: 'utf8',
        cwd: tmpdir(),
        env: { ...process.env, REALITY_CHECK_FONTS_DIR: '' },
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    for (const font of pdfFonts(out)) expect(font.embedded, font.name).toBe(true);
  });
});
