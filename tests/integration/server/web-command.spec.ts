import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePort } from '../../../electron/common/args.ts';
import { UsageError } from '../../../electron/common/args.ts';
import { bundleChildProgram, childEnv } from '../child-program.ts';
import { tempDir } from '../../fixtures/temp-storage.ts';

/*
 * `npm run web` as a person runs it: the bundled web binding (electron/server/main.ts) in a
 * child process beside a renderer folder, as in dist/.
 */

let web: string;
beforeAll(async () => {
  const dist = tempDir('rc-web-dist-');
  mkdirSync(path.join(dist, 'renderer'));
  writeFileSync(path.join(dist, 'renderer', 'index.html'), '<!doctype html><title>RC</title>');
  web = await bundleChildProgram('electron/server/main.ts', path.join(dist, 'server', 'web.cjs'));
});

/** Starts the binding, reads the address it prints, stops it with SIGINT (Ctrl+C). */
function startAndStop(db: string): Promise<{ url: string; out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [web, '--db', db, '--port', '0'], { env: childEnv() });
    let out = '';
    let url = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /running at (\S+)/.exec(out);
      if (match?.[1] && !url && out.includes('Ctrl+C')) {
        url = match[1];
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ url, out, code }));
  });
}

describe('npm run web', () => {
  it('takes --port in decimal from 0 to 65535 only', () => {
    expect(['0', '1', '8080', '65535', '08080'].map((text) => parsePort(text))).toEqual([
      0, 1, 8080, 65535, 8080,
    ]);
    for (const text of ['0x10', '1e3', '80.0', '-1', '+80', ' 80', '65536', '99999999', 'eighty', '0b1', ''])
      expect(() => parsePort(text), JSON.stringify(text)).toThrow(UsageError);
  });

  it('refuses a --port it cannot take with a usage error, before touching the database', () => {
    for (const port of ['0x10', '65536', '1e3', '-1']) {
      const db = path.join(tempDir(), 'web.db');
      const run = spawnSync(process.execPath, [web, '--db', db, '--port', port], {
        env: childEnv(),
        encoding: 'utf8',
      });
      expect(run.status, port).toBe(2);
      expect(run.stderr).toBe(
        `npm run web: --port takes a whole number from 0 to 65535 (0 picks a free port), not "${port}"\n` +
          'usage: npm run web -- [--db PATH] [--port N] [--restore BACKUP | --start-new]\n',
      );
      expect(run.stdout).toBe('');
      expect(existsSync(db)).toBe(false);
    }
  });

  it('prints an address on this computer with a new token on every start, and stops on Ctrl+C', async () => {
    const db = path.join(tempDir(), 'web.db');
    const first = await startAndStop(db);
    const second = await startAndStop(db);
    for (const run of [first, second]) {
      expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
      expect(run.code, run.out).toBe(0);
      expect(run.out).toContain('Press Ctrl+C to stop.');
    }
    expect(new URL(first.url).searchParams.get('token')).not.toBe(
      new URL(second.url).searchParams.get('token'),
    );
  });
});
