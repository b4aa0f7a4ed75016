// `npm run bench`: bundles scripts/bench/index.ts with esbuild into a temp CommonJS file and runs
// it, so the benchmark runs the same bundled code the app does, on any Node the app supports.
import { build } from 'esbuild';
import { nodeBundleOptions } from '../node-bundle.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'rca-bench-'));
try {
  const outfile = path.join(dir, 'bench.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/bench/index.ts')],
    outfile,
    ...nodeBundleOptions,
  });
  // The bundle sits in a temp folder; NODE_PATH lets it find the native and external packages.
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
