// electron-builder `afterPack` hook: flips Electron's fuses in the packed app, before signing.
// Fuses are switches compiled into the Electron binary; flipping them off removes features an
// attacker with local access could use to run code as our signed app. See SECURITY.md.
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** electron-builder's Arch enum values that are Apple silicon builds (arm64, universal). */
const APPLE_SILICON_ARCHES = new Set([3, 4]);

/**
 * The fuse settings of every packaged build. Each known fuse is set explicitly, so a reader
 * sees the whole wire; `strictlyRequireAllFuses` stays off because a newer Electron may add
 * fuses this version of @electron/fuses cannot name, which would stop every build.
 * @param {{ resetAdHocDarwinSignature: boolean }} options
 */
function fuseConfig({ resetAdHocDarwinSignature }) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature,
    // `ELECTRON_RUN_AS_NODE=1 "Reality Check"` would turn the app into a plain Node.js.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other Chromium storage encrypted with a key from the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger on the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Off for now: it needs the asar hash recorded in the app, and is only worth it with code
    // signing, a later step (README, "Packaging"). On without the hash, the app will not start.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
    // The app runs only from its app.asar, never from a loose folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The page is served on app://, so file:// needs none of its historic extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Where the Electron binary is in electron-builder's unpacked output for this platform.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${product}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${product}.exe`);
  return path.join(appOutDir, packager.executableName ?? product);
}

/**
 * Flips the fuses of one packed app; `flip` is @electron/fuses' flipFuses (a stand-in in tests).
 * @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context
 * @param {typeof flipFuses} flip
 */
async function applyFuses(context, flip = flipFuses) {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const binary = electronBinaryPath(context);
  await flip(
    binary,
    fuseConfig({ resetAdHocDarwinSignature: darwin && APPLE_SILICON_ARCHES.has(context.arch) }),
  );
  return binary;
}

/** The hook electron-builder calls (electron-builder.yml `afterPack`). */
async function afterPack(context) {
  const binary = await applyFuses(context);
  console.log(`  • fuses flipped  file=${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.applyFuses = applyFuses;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
