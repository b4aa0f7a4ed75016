// Bundles the Node side (command line, Electron main, preload, the main process's worker thread,
// browser binding) with esbuild into dist/.
// The preload must be CommonJS to run sandboxed; the others follow for one module format.
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';

const common = { ...nodeBundleOptions, sourcemap: true };

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/rca.cjs' }),
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/worker/worker.ts'], outfile: 'dist/worker/worker.cjs' }),
  build({ ...common, entryPoints: ['electron/server/main.ts'], outfile: 'dist/server/web.cjs' }),
]);
