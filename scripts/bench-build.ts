// `npm run bench:build -- --reports N`: how the site build grows with the
// corpus (tests/reliability/bench.ts does the work): a synthetic corpus of N
// reports beside the real ones, built in isolation; prints wall time, CPU
// time, peak memory, pages built, dist/ size and mean page bytes against the
// budgets (1,000 reports: ≤ 3 min, ≤ 4 GB; 10,000: ≤ 30 min). Exits 1 when
// the build fails or a budget is missed.
// Options: --reports N (1000) --seed S --out DIR (.cache/bench-build) --keep
//          --heap-mb M (a larger heap for the build's Node; Node's default of
//          about 4 GB is not enough for 10,000 reports)
import { parseArgs } from 'node:util';
import { benchBuild, formatBench } from '../tests/reliability/bench.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    out: { type: 'string', default: '.cache/bench-build' },
    keep: { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
  },
});
const result = await benchBuild({
  reports: Number(values.reports),
  seed: values.seed === undefined ? undefined : Number(values.seed),
  out: values.out,
  keep: values.keep,
  heapMb: values['heap-mb'] === undefined ? undefined : Number(values['heap-mb']),
});
console.log(formatBench(result));
process.exitCode = !result.ok || result.budget?.missed.length ? 1 : 0;
