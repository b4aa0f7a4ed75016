import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles a TypeScript child program into one CommonJS file. A bundle starts in a fraction of
 * the time of loading each module, and runs on every Node the app supports (22.12 has no
 * type stripping without a flag).
 */
export async function bundleChildProgram(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [path.resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // As scripts/build-node.mjs: native and file-reading packages stay outside the bundle.
    external: ['electron', 'better-sqlite3', 'pdfkit'],
    logLevel: 'warning',
    // The report's font lookup reads import.meta.url only when it is not bundled; a bundle has __dirname.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return outfile;
}

/** The environment of a bundled child: it lives in a temp folder, so it finds the external packages through NODE_PATH. */
export function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
}
