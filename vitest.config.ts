import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The PDF tests share one browser per file; two files at a time suit two cores.
    maxWorkers: 2,
  },
});
