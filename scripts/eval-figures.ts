// `npm run eval [-- --verbose] [-- --write]`: the figure extractor against the
// hand-annotated gold, each section said to be in-sample or unseen. Per report
// and overall: precision, recall, kind accuracy, and indicator and measure
// accuracy where the gold gives them. --verbose lists every miss, spurious
// figure and wrong kind, indicator or measure; --write saves
// data/scores/in-sample.json for the methodology page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadIndicators } from '../src/pipeline/figures/index.ts';
import { inSampleEvaluation, sectionJson } from '../src/pipeline/figures/evaluate.ts';
import { overallScore, type ReportScore } from '../src/pipeline/figures/gold.ts';

const verbose = process.argv.includes('--verbose');
const section = inSampleEvaluation(loadIndicators());
const scores: ReportScore[] = section.reports;
if (process.argv.includes('--write')) {
  mkdirSync('data/scores', { recursive: true });
  writeFileSync(`data/scores/${section.id}.json`, JSON.stringify(sectionJson(section), null, 2) + '\n');
}
const pct = (x: number | null) => (x === null ? '    -' : x.toFixed(3));
const row = (name: string, s: ReturnType<typeof overallScore>) =>
  `${name.padEnd(42)} ${String(s.gold).padStart(5)} ${String(s.extracted).padStart(9)} ${String(s.matched).padStart(7)}  ${pct(s.precision)}     ${pct(s.recall)}  ${pct(s.kindAccuracy)}    ${pct(s.indicatorAccuracy)}    ${pct(s.measureAccuracy)}`;

console.log('IN-SAMPLE (the curated reports the rules were written from, tests/fixtures/gold)');
console.log(`${'report'.padEnd(42)}  gold extracted matched  precision recall kind_acc`);
console.log(`${''.padEnd(42)}  … then indicator_acc and measure_acc, over the ${section.overall.seriesAnnotated} matched figures whose gold gives them`);
for (const s of scores) {
  console.log(row(s.report, s));
  if (!verbose) continue;
  for (const g of s.missed) console.log(`    missed    ${g.masked ? '(masked)' : g.value}${g.unit} ${g.kind}  «${g.context}»`);
  for (const f of s.spurious) console.log(`    spurious  ${f.raw} (${f.kind})  #f-${f.n}`);
  for (const w of s.wrongKind) console.log(`    kind      ${w.figure.raw}: got ${w.figure.kind}, gold ${w.gold.kind}  «${w.gold.context}»`);
  for (const w of s.wrongIndicator) console.log(`    indicator ${w.figure.raw}: got ${w.figure.indicator ?? '-'}, gold ${w.gold.indicator ?? '-'}  «${w.gold.context}»`);
  for (const w of s.wrongMeasure) console.log(`    measure   ${w.figure.raw}: got ${w.figure.measure}, gold ${w.gold.measure}  «${w.gold.context}»`);
}
console.log(row('OVERALL (micro)', overallScore(scores)));
