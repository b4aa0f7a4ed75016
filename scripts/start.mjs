// `npm start` (after `npm run build`): the desktop window where Electron is installed; where
// its binary could not be downloaded, the same app in the browser, saying why in one line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserOpener, electronBinary, fallbackLine } from './start-choice.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function run(command, commandArgs, stdio) {
  const child = spawn(command, commandArgs, { cwd: root, stdio });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

const electron = electronBinary({ electronDir: path.join(root, 'node_modules', 'electron') });
if ('path' in electron) {
  run(electron.path, ['.', ...args], 'inherit');
} else {
  console.log(fallbackLine(electron.missing));
  const web = run(
    process.execPath,
    [path.join(root, 'dist', 'server', 'web.cjs'), ...args],
    ['inherit', 'pipe', 'inherit'],
  );
  let printed = '';
  let opened = false;
  web.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    printed += chunk.toString('utf8');
    const url = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(printed)?.[1];
    if (!url || opened) return;
    opened = true;
    const opener = browserOpener(url);
    if (!opener) {
      console.log('No browser can be opened from here: open the address above in one.');
      return;
    }
    const browser = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
    browser.on('error', () => console.log('The browser could not be opened: open the address above in one.'));
    browser.unref();
  });
}
