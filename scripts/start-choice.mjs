// What `npm start` opens: the desktop window where Electron's binary is installed, else the
// same app in the browser (the web binding). Pure decisions, tested with stand-ins.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where Electron's binary is, or why there is none. Electron's own index.js reads the same
 * files (path.txt names the executable inside dist/; ELECTRON_OVERRIDE_DIST_PATH replaces
 * dist/), but downloads a missing binary on the spot, which fails on a machine that cannot
 * reach the download; this only looks.
 */
export function electronBinary({ electronDir, env = process.env }) {
  if (!existsSync(path.join(electronDir, 'package.json'))) {
    return { missing: 'the electron package is not in node_modules' };
  }
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  if (!executable && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { missing: 'its binary was never downloaded; `npx install-electron` fetches it' };
  }
  const binary = path.join(distDir, executable || 'electron');
  if (!existsSync(binary)) {
    return { missing: `there is no binary at ${binary}; \`npx install-electron\` fetches it` };
  }
  return { path: binary };
}

/** The line `npm start` prints when it opens the browser version. */
export function fallbackLine(reason) {
  return `Electron is not installed here (${reason}); opening the browser version instead.`;
}

/**
 * How to open a URL in the system browser on this platform, or null where none can be
 * opened (Linux without a display).
 */
export function browserOpener(url, { platform = process.platform, env = process.env } = {}) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}
