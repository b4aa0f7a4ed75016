// `npm run security`: Electronegativity over the desktop shell, offline. Prints a summary and
// exits 1 on any HIGH finding (the tool itself always exits 0) or on a file it could not parse.
//
// It scans the TypeScript sources of electron/main and electron/preload (the bundles in dist/
// lose the `eng-disable` comments that record accepted findings) together with
// renderer/index.html (its meta CSP), copied into one temp folder so the tool's global checks
// see the whole shell at once. The tool's two network calls are kept from leaving the machine:
// the release-list check is excluded (`npm audit` and Electron upgrades cover it) and its
// translation download gets an offline stand-in, so it uses its bundled English text.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCANNED = ['electron/main', 'electron/preload', 'renderer/index.html'];
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const require = createRequire(import.meta.url);

/** Answers the tool's HTTP requests (translations) with an immediate failure: nothing is sent. */
function keepOffline() {
  const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(path.join(toolDir, 'package.json')).resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  offline.head = offline;
  offline.get = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
}

/** The Electron version the app ships, so version-dependent defaults are judged right. */
function electronVersion() {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** Waits for the tool's report file (it writes it without waiting) and parses it. */
async function readSarif(file) {
  for (let i = 0; i < 100; i++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`Electronegativity wrote no readable report at ${file}`);
}

/** The accepted findings recorded in the scanned sources: `// eng-disable CHECK …` with a reason above. */
function acceptedInSource() {
  const accepted = [];
  const visit = (relative) => {
    const full = path.join(ROOT, relative);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full)) visit(path.join(relative, name));
      return;
    }
    readFileSync(full, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const match = /(?:\/\/|\/\*|<!--)\s*eng-disable\s+([\w \t]+)/.exec(line);
        if (match) accepted.push(`${relative}:${index + 1}  ${match[1].trim().split(/\s+/).join(', ')}`);
      });
  };
  SCANNED.forEach(visit);
  return accepted;
}

async function main() {
  keepOffline();
  const run = require('@doyensec/electronegativity');
  const input = mkdtempSync(path.join(os.tmpdir(), 'rc-electronegativity-'));
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'rc-electronegativity-out-'));
  const sarifFile = path.join(outputDir, 'electronegativity.sarif');
  try {
    for (const item of SCANNED) cpSync(path.join(ROOT, item), path.join(input, item), { recursive: true });
    // The tool says so on stdout when it cannot fetch translations; here that is expected.
    const log = console.log;
    console.log = (...args) => {
      if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
    };
    const result = await run({
      input,
      output: sarifFile,
      isSarif: true,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    }).finally(() => {
      console.log = log;
    });
    const sarif = await readSarif(sarifFile);
    const reported = sarif.runs?.[0]?.results ?? [];
    if (reported.length !== result.issues.length) {
      throw new Error(`the SARIF report has ${reported.length} results, the run ${result.issues.length}`);
    }

    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    console.log(
      `electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${SCANNED.join(', ')}`,
    );
    for (const issue of result.issues) {
      counts[issue.severity.name] += 1;
      const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}`;
      const review = issue.manualReview ? ' [review]' : '';
      console.log(
        `  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where}${review}\n                ${issue.description}`,
      );
    }
    const accepted = acceptedInSource();
    console.log(`accepted in source (eng-disable, reason beside each): ${accepted.length}`);
    for (const line of accepted) console.log(`  ${line}`);
    const failures = result.errors.filter((error) => !error.tolerable);
    for (const error of failures) console.error(`could not parse ${error.file}: ${error.message}`);
    console.log(`summary: ${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}`);
    if (counts.HIGH > 0 || failures.length > 0) {
      console.error('electronegativity: failed (HIGH findings or unparsed files)');
      process.exitCode = 1;
    }
  } finally {
    rmSync(input, { recursive: true, force: true });
    if (existsSync(outputDir)) rmSync(outputDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`electronegativity: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
