import { build } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/node-bundle.mjs';
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
    ...nodeBundleOptions,
  });
  return outfile;
}

/** The environment of a bundled child: it lives in a temp folder, so it finds the external packages through NODE_PATH. */
export function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
}
