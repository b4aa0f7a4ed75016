import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts', 'tests/**/*.spec.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Guards against a hang, not speed targets (those live in npm run bench): the browser,
    // worker and fuzz tests take tens of seconds on a 2-core machine when the suite runs in parallel.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
