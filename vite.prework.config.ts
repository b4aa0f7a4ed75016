import { defineConfig } from 'vite';
import { singleFilePage } from './scripts/single-file-page.ts';

/**
 * Builds the pre-work form (renderer/prework/) as one self-contained HTML file,
 * dist/renderer/prework/index.html: its script and styles inline, allowed by hash in its own
 * Content-Security-Policy, no network. The app's files.preworkForm fills in the audit and saves
 * the result as the file a consultant sends. Runs after the app's build, which empties
 * dist/renderer/.
 */
export default defineConfig({
  root: 'renderer/prework',
  base: './',
  build: {
    outDir: '../../dist/renderer/prework',
    emptyOutDir: true,
    // Opened from a file in any current browser: Safari 16 and up, Chrome, Edge and Firefox of the last years.
    target: ['safari16', 'chrome120', 'firefox120', 'edge120'],
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: false } },
  },
  plugins: [singleFilePage()],
  oxc: { jsx: { runtime: 'automatic' } },
});
