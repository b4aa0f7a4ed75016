import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { tempDir } from '../fixtures/temp-storage.ts';
import { ROOT } from './web-server.ts';

/**
 * Builds the phone page as `npm run build` does (vite.phone.config.ts), into a temp folder
 * instead of dist/renderer/phone: the phone test needs no other part of the build, and another
 * browser test building dist/ at the same time cannot empty the folder under it.
 */
export function buildPhonePage(): string {
  const outDir = path.join(tempDir('rc-phone-build-'), 'phone');
  // Without vitest's NODE_ENV=test, which would make Vite bundle React's development build.
  const { NODE_ENV: _testMode, ...env } = process.env;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      'vite.phone.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, encoding: 'utf8', env },
  );
  if (result.status !== 0) {
    throw new Error(`the phone page did not build (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}
