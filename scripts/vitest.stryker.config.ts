import { defineConfig } from 'vitest/config';

/**
 * The vitest set-up of vitest.config.ts for scripts/mutants.ts: the same time zone, seed and global
 * build, but only the test files listed in MUTANTS_TESTS (comma-separated), and never the bundle-size
 * guard, which would measure Stryker's instrumented build rather than ours.
 */
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: (process.env.MUTANTS_TESTS ?? '').split(',').filter(Boolean),
    exclude: ['test/build/addon-bundle.test.ts', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/seed.ts'],
    testTimeout: 30_000,
  },
});
