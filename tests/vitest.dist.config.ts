import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/ (run after `astro build`).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
