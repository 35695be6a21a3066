import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 20_000,
    // Test files share their workers (and loaded modules): starting a fresh one per file was half the run.
    // A test that sets process.env puts it back (src/cards/draw.test.ts).
    isolate: false,
  },
});
