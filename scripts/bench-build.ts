// `npm run bench:build -- --reports N`: how the site build grows with the
// corpus (tests/reliability/bench.ts does the work): a synthetic corpus of N
// reports beside the real ones, built in isolation from empty caches; prints
// wall time, CPU time, peak memory and each stage's time and peak memory,
// pages built, dist/ size and mean page bytes against the budgets (1,000
// reports: ≤ 3 min, ≤ 4 GB; 10,000: ≤ 10 min, ≤ 4 GB; 100,000: ≤ 90 min,
// ≤ 16 GB). With --changed K it then changes the text of K reports, rebuilds
// on the warm caches (10,000 reports: ≤ 2 min) and checks that the rebuild's
// output equals a clean build of the changed corpus byte for byte. Exits 1
// when a build fails, a budget is missed or the outputs differ.
// Options: --reports N (1000) --changed K --seed S --out DIR (.cache/bench-build) --keep
//          --heap-mb M (a larger heap for the build's Node)
//          --no-incremental (no copy of the output kept for a later build: 100,000 reports' output is tens of GB)
import { parseArgs } from 'node:util';
import { benchBuild, benchPassed, formatBench } from '../tests/reliability/bench.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    changed: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string', default: '.cache/bench-build' },
    keep: { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
    'no-incremental': { type: 'boolean', default: false },
  },
});
const result = await benchBuild({
  reports: Number(values.reports),
  changed: values.changed === undefined ? undefined : Number(values.changed),
  seed: values.seed === undefined ? undefined : Number(values.seed),
  out: values.out,
  keep: values.keep,
  heapMb: values['heap-mb'] === undefined ? undefined : Number(values['heap-mb']),
  incremental: !values['no-incremental'],
});
console.log(formatBench(result));
process.exitCode = benchPassed(result) ? 0 : 1;
