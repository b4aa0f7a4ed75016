// The one set of esbuild options for bundling Node-side code: the app's dist/, the benchmark and
// the test child programs all bundle the same way.

/** CommonJS for Node 22+; native and file-reading packages stay outside the bundle. */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  // font-files.ts reads import.meta.url only when it runs as an ES module; bundled it uses __dirname.
  logOverride: { 'empty-import-meta': 'silent' },
};
