import { defineConfig } from 'vitest/config';

/** `npm run test:load`: load, faults and long fuzzing, one file at a time (they would skew each other). */
export default defineConfig({
  test: {
    include: ['test/load/**/*.test.ts', 'test/api/fuzz.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
