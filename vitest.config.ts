import { defineConfig } from 'vitest/config';

// The in-process tiers, cheapest first (`npm test` runs them in this order, then the site tier of
// tests/vitest.dist.config.ts): `unit` — the tests next to their modules in src/ (pure functions, some
// over the real corpus loaded once); `corpus` — whole-corpus and cross-module checks (tests/corpus/);
// `process` — what starts another program or a heavy engine (the CLIs, ESLint, the card rasteriser,
// Chromium for a script's unit test): src/**/*.process.test.ts and tests/process/.
const PROCESS = ['src/**/*.process.test.ts', 'tests/process/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Test files share their workers (and loaded modules): starting a fresh one per file was half the run.
    // A test that sets process.env puts it back (src/cards/draw.process.test.ts).
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: PROCESS } },
      { extends: true, test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'] } },
      { extends: true, test: { name: 'process', include: PROCESS } },
    ],
  },
});
