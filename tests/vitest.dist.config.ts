import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/ (run after `astro build`) and drive
// it in Chromium. Files are independent (each serves its own copy, builds into
// its own temporary folder), so they run in parallel; the shared fixture site
// is built once first (global-setup.site.ts).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    globalSetup: ['tests/global-setup.site.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    // Files share their two workers (each still serves the site and starts Chromium itself).
    isolate: false,
    // A deadline, not a wait: expect.poll returns as soon as the page gets there (1 s, the default, is too short for a busy 2-core machine).
    expect: { poll: { timeout: 15_000 } },
  },
});
