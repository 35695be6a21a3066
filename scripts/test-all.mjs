// `npm test`: every check, in order, failing fast. One green run means the
// project is sound: lint, type check, unit tests, site build, build-output
// tests (dist/), browser tests (Debian Chromium via playwright-core).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const vitestJson = (name) => `.cache/vitest-${name}.json`;
const steps = [
  ['lint', 'eslint', ['.']],
  ['type check', 'astro', ['check']],
  ['unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson('unit')}`]],
  ['build', 'astro', ['build']],
  ['page-weight budgets', 'node', ['scripts/budgets.ts']],
  ['build-output and browser tests', 'vitest', ['run', '--config', 'tests/vitest.dist.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson('dist')}`]],
];

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: process.env });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
}
for (const name of ['unit', 'dist']) {
  if (!existsSync(vitestJson(name))) continue;
  const j = JSON.parse(readFileSync(vitestJson(name), 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
