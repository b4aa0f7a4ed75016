import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The fast loop: unit and component tests only (no real browser, no child processes, no crash
 * test), with property tests at a twentieth of their cases. `npm run test:fast` runs it once,
 * `npm run test:watch` on every save. `npm test` stays the whole suite.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/unit/**/*.spec.ts', 'tests/unit/**/*.spec.tsx'],
    env: { RC_QUICK: '1' },
    // Threads start faster than forked processes; the whole suite keeps forks for isolation.
    pool: 'threads',
  },
});
