import { defineConfig } from 'vitest/config';

// Apps Script runs in the manifest's time zone; tests run in the same one (see src/core/cells/vi-date.ts).
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/seed.ts'],
    testTimeout: 30_000,
  },
});
