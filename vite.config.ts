import { defineConfig } from 'vite';

/** Builds the renderer as a static page that Electron loads from disk and the loopback server serves. */
export default defineConfig({
  root: 'renderer',
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome140' },
  oxc: { jsx: { runtime: 'automatic' } },
});
