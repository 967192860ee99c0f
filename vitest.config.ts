import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // load, fault and long fuzz tests: `npm run test:load` (vitest.load.config.ts)
    exclude: ['test/load/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file starts its own workerd (D1) or server; two cores here, so keep files from piling up.
    maxWorkers: 2,
  },
});
