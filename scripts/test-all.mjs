// `npm test`: every check, in two speeds, failing fast. One green run means
// the project is sound.
//   fast (`npm run test:fast`): lint (with the layer rule and typed promise
//     rules), format check, unused code and dependencies (knip), type check,
//     then the unit, corpus and process tiers (vitest.config.ts) — no build,
//     for every change.
//   site (`npm run test:site`): the real site built once, page-weight budgets,
//     then the build-output and browser tests (the fixture site is built once
//     in their global setup; test files run two at a time).
// `node scripts/test-all.mjs [fast|site]`; no argument runs both. The last
// line is always "N passed, N failed" over every test that ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const vitestJson = (name) => `.cache/vitest-${name}.json`;
const vitest = (name, extra = []) => [
  'vitest',
  ['run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson(name)}`],
  name,
];

const SPEEDS = {
  fast: [
    // Both cache per file content, so an unchanged file is not read twice. The typed promise rules read other
    // files' types: a clean checkout (CI) has no cache, so it always lints with the types as they are.
    ['lint', 'eslint', ['--cache', '--cache-location', '.cache/eslint/', '.']],
    [
      'format check',
      'prettier',
      ['--check', '--cache', '--cache-location', '.cache/prettier', '--log-level', 'warn', '.'],
    ],
    // Unused files, exports and types, undeclared or unused dependencies fail (knip.json).
    ['unused code and dependencies', 'knip', ['--no-progress']],
    ['type check', 'astro', ['check']],
    // The in-process tiers, cheapest first (vitest.config.ts): next to modules, whole corpus, other programs.
    ['unit tests', ...vitest('unit', ['--project', 'unit'])],
    ['corpus tests', ...vitest('corpus', ['--project', 'corpus'])],
    ['process tests', ...vitest('process', ['--project', 'process'])],
  ],
  site: [
    ['build', 'astro', ['build']],
    ['page-weight budgets', 'node', ['scripts/budgets.ts']],
    ['build-output and browser tests', ...vitest('site', ['--config', 'tests/vitest.dist.config.ts'])],
  ],
};

const asked = process.argv[2];
if (asked && !SPEEDS[asked]) {
  console.error(`usage: node scripts/test-all.mjs [${Object.keys(SPEEDS).join('|')}]`);
  process.exit(2);
}
const steps = asked ? SPEEDS[asked] : [...SPEEDS.fast, ...SPEEDS.site];

/** Sums the vitest reports the steps that ran have written. */
function counts() {
  let passed = 0;
  let failed = 0;
  for (const [, , , report] of steps) {
    if (!report || !existsSync(vitestJson(report))) continue;
    const j = JSON.parse(readFileSync(vitestJson(report), 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
  }
  return { passed, failed };
}

// A report left from an earlier run must not be counted as this run's.
for (const [, , , report] of steps) if (report) rmSync(vitestJson(report), { force: true });

const start = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    // A failed step that is not a test run (lint, types, build) counts as one failure.
    const { passed, failed } = counts();
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
}
const { passed, failed } = counts();
console.log(`\n${asked ?? 'all'} in ${((Date.now() - start) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
