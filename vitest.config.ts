import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file starts its own workerd (D1) or server; two cores here, so keep files from piling up.
    maxWorkers: 2,
  },
});
