import { defineConfig } from 'vite';

/**
 * Builds the phone page of room mode (renderer/phone/) apart from the app: its own small bundle,
 * in dist/renderer/phone/, which is all the room server serves on the venue network. Assets are
 * addressed absolutely under /phone/ (see renderer/phone/main.tsx for the URL layout), so the
 * page loads them the same at /j/ROOMTOKEN and at /. Runs after the app's build, which empties
 * dist/renderer/.
 */
export default defineConfig({
  root: 'renderer/phone',
  base: '/phone/',
  build: {
    outDir: '../../dist/renderer/phone',
    emptyOutDir: true,
    // Current iOS Safari and Android Chrome; nothing newer than Safari 16 is needed.
    target: ['safari16', 'chrome120'],
    // One script and one style sheet: nothing is loaded lazily over a venue's Wi-Fi.
    assetsInlineLimit: 0,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
