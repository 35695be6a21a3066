// `npm run bench:extract [-- --runs N]`: how long figure extraction takes per
// 100,000 characters of curated text, over every report in content/reports,
// and over one 200,000-character paragraph without sentence punctuation and a
// figure every 50 characters (a scraped table or PDF): the two rates must be
// alike, since extraction is linear in the text. Each run extracts all
// reports once; the median of the runs is the figure (after warm-up runs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { reportBody } from '../src/authoring/evaluation/evaluate.ts';
import { extractFigures } from '../src/pipeline/figures/index.ts';
import { itemAt } from '../src/pipeline/lists.ts';
import { loadLexicons } from '../src/pipeline/lexicons.ts';
import { longParagraph } from './long-paragraph.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
const WARM_UP = 5;

const lexicons = loadLexicons('data');
const reports = readdirSync('content/reports')
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ id: f.replace(/\.md$/, ''), body: reportBody(join('content/reports', f)) }));
const chars = reports.reduce((n, r) => n + r.body.length, 0);

function once(): { ms: number; figures: number } {
  const t0 = performance.now();
  let figures = 0;
  for (const r of reports) figures += extractFigures(r.body, r.id, lexicons).length;
  return { ms: performance.now() - t0, figures };
}

for (let i = 0; i < WARM_UP; i += 1) once();
const times: number[] = [];
let figures = 0;
for (let i = 0; i < runs; i += 1) {
  const r = once();
  times.push(r.ms);
  figures = r.figures;
}
times.sort((a, b) => a - b);
const per100k = (ms: number) => (ms * 100_000) / chars;
const median = itemAt(times, Math.floor(times.length / 2), 'run time');

console.log(
  `${reports.length} reports, ${chars} characters, ${figures} figures; ${runs} runs after ${WARM_UP} warm-up runs`,
);
console.log(
  `median ${per100k(median).toFixed(2)} ms per 100,000 characters (min ${per100k(itemAt(times, 0, 'run time')).toFixed(2)}, max ${per100k(itemAt(times, times.length - 1, 'run time')).toFixed(2)})`,
);

// One long unpunctuated paragraph: fewer runs (each is a whole 200k-character text).
const LONG = 200_000;
const long = longParagraph(LONG, 50);
const longTimes: number[] = [];
let longFigures = 0;
for (let i = 0; i < Math.max(3, Math.ceil(runs / 6)); i += 1) {
  const t0 = performance.now();
  longFigures = extractFigures(long, 'long-paragraph', lexicons).length;
  longTimes.push(performance.now() - t0);
}
longTimes.sort((a, b) => a - b);
const longMedian = itemAt(longTimes, Math.floor(longTimes.length / 2), 'long-paragraph run time');
console.log(
  `one ${LONG.toLocaleString('en')}-character paragraph without a stop, ${longFigures} figures: ${Math.round(longMedian)} ms, median ${((longMedian * 100_000) / LONG).toFixed(2)} ms per 100,000 characters`,
);
