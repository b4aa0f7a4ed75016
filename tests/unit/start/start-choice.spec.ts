import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener, electronBinary, fallbackLine } from '../../../scripts/start-choice.mjs';
import { tempDir } from '../../fixtures/temp-storage.ts';

/** `npm start`'s decision: the window where Electron's binary is installed, else the browser version. */

/** A stand-in for node_modules/electron: the package, and optionally its downloaded binary. */
function electronPackage(options: { pathTxt?: string; binary?: boolean } = {}): string {
  const dir = path.join(tempDir(), 'electron');
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"electron"}');
  if (options.pathTxt !== undefined) writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(path.join(dir, 'dist', options.pathTxt ?? 'electron'), '');
  return dir;
}

describe('npm start', () => {
  it('opens the window where Electron is installed', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: true });
    expect(electronBinary({ electronDir: dir, env: {} })).toEqual({
      path: path.join(dir, 'dist', 'electron'),
    });
  });

  it('opens the browser version where the binary was never downloaded, saying why in one line', () => {
    const choice = electronBinary({ electronDir: electronPackage(), env: {} });
    expect(choice).toEqual({ missing: 'its binary was never downloaded; `npx install-electron` fetches it' });
    expect('missing' in choice && fallbackLine(choice.missing)).toBe(
      'Electron is not installed here (its binary was never downloaded; `npx install-electron` fetches it); ' +
        'opening the browser version instead.',
    );
  });

  it('opens the browser version where the binary named by path.txt is gone, or the package is missing', () => {
    const dir = electronPackage({ pathTxt: 'electron' });
    expect(electronBinary({ electronDir: dir, env: {} })).toEqual({
      missing: `there is no binary at ${path.join(dir, 'dist', 'electron')}; \`npx install-electron\` fetches it`,
    });
    expect(electronBinary({ electronDir: path.join(tempDir(), 'none'), env: {} })).toEqual({
      missing: 'the electron package is not in node_modules',
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron does', () => {
    const override = tempDir();
    writeFileSync(path.join(override, 'electron'), '');
    expect(
      electronBinary({ electronDir: electronPackage(), env: { ELECTRON_OVERRIDE_DIST_PATH: override } }),
    ).toEqual({
      path: path.join(override, 'electron'),
    });
  });

  it('decides this checkout the same way: here the binary cannot be downloaded', () => {
    const choice = electronBinary({ electronDir: path.resolve('node_modules/electron') });
    console.log(
      `npm start here: ${'path' in choice ? `the window (${choice.path})` : fallbackLine(choice.missing)}`,
    );
    expect(choice).toBeDefined();
  });

  it('opens the URL in the system browser where one can be opened, and says so where not', () => {
    const url = 'http://127.0.0.1:5000/?token=abc';
    expect(browserOpener(url, { platform: 'darwin', env: {} })).toEqual({ command: 'open', args: [url] });
    expect(browserOpener(url, { platform: 'win32', env: {} })).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', url],
    });
    expect(browserOpener(url, { platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
    expect(browserOpener(url, { platform: 'linux', env: {} })).toBeNull();
  });
});
