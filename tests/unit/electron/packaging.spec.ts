import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

type PackContext = {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
};
type AfterPack = {
  (context: PackContext): Promise<void>;
  fuseConfig: (options: { resetAdHocDarwinSignature: boolean }) => Record<string, unknown>;
  electronBinaryPath: (context: PackContext) => string;
  applyFuses: (
    context: PackContext,
    flip: (binary: string, config: unknown) => Promise<unknown>,
  ) => Promise<string>;
};
const hook = require('../../../scripts/after-pack.cjs') as AfterPack;
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
  FuseVersion: Record<string, string>;
};

const context = (electronPlatformName: string, arch = 1): PackContext => ({
  appOutDir: '/release/unpacked',
  electronPlatformName,
  arch,
  packager: { appInfo: { productFilename: 'Reality Check' }, executableName: 'reality-check' },
});

describe('the Electron fuses of a packaged build (scripts/after-pack.cjs)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and turns on cookie encryption and asar-only loading', () => {
    const config = hook.fuseConfig({ resetAdHocDarwinSignature: false });
    const fuse = (name: string) => config[FuseV1Options[name]!];
    expect(config.version).toBe(FuseVersion.V1);
    expect(fuse('RunAsNode')).toBe(false);
    expect(fuse('EnableCookieEncryption')).toBe(true);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(false);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(true);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(false);
    // Needs the asar hash that comes with signing (a later step); on without it, the app would not start.
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(false);
  });

  it('sets every fuse this @electron/fuses knows explicitly, so none is left to a default', () => {
    const config = hook.fuseConfig({ resetAdHocDarwinSignature: false });
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(known.length).toBeGreaterThanOrEqual(8);
    for (const index of known) expect(typeof config[index], `fuse ${index}`).toBe('boolean');
  });

  it('finds the Electron binary in each platform’s unpacked output', () => {
    expect(hook.electronBinaryPath(context('linux'))).toBe(path.join('/release/unpacked', 'reality-check'));
    expect(hook.electronBinaryPath(context('win32'))).toBe(
      path.join('/release/unpacked', 'Reality Check.exe'),
    );
    expect(hook.electronBinaryPath(context('darwin'))).toBe(
      path.join('/release/unpacked', 'Reality Check.app'),
    );
    expect(hook.electronBinaryPath(context('mas'))).toBe(path.join('/release/unpacked', 'Reality Check.app'));
  });

  it('flips the fuses of the packed binary, re-signing ad hoc only for Apple silicon', async () => {
    const flips: { binary: string; config: Record<string, unknown> }[] = [];
    const flip = (binary: string, config: unknown) => {
      flips.push({ binary, config: config as Record<string, unknown> });
      return Promise.resolve(1);
    };
    await hook.applyFuses(context('linux'), flip);
    await hook.applyFuses(context('darwin', 1), flip);
    await hook.applyFuses(context('darwin', 3), flip);
    await hook.applyFuses(context('darwin', 4), flip);
    expect(flips.map((f) => [path.basename(f.binary), f.config.resetAdHocDarwinSignature])).toEqual([
      ['reality-check', false],
      ['Reality Check.app', false],
      ['Reality Check.app', true],
      ['Reality Check.app', true],
    ]);
    expect(flips[0]?.config[FuseV1Options.RunAsNode!]).toBe(false);
  });
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema and names the hook, icons and association that exist', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig: (dir: string, file: null, options: null) => Promise<Record<string, any>>;
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));

    expect(config.appId).toBe('com.realitycheck.app');
    expect(config.productName).toBe('Reality Check');
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    expect(existsSync(path.join(ROOT, config.afterPack))).toBe(true);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'rca.json', role: 'Editor' })]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(existsSync(path.join(ROOT, icon)), icon).toBe(true);
    }
  });

  it('ships a 512×512 PNG icon, a multi-size .ico and an .icns', () => {
    const png = readFileSync(path.join(ROOT, 'assets/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(path.join(ROOT, 'assets/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    expect(readFileSync(path.join(ROOT, 'assets/icon.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
  });
});
