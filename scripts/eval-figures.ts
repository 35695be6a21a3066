// `npm run eval [-- --verbose]`: precision and recall of the figure extractor
// against the hand-annotated gold (tests/fixtures/gold/<report>.csv) on the
// curated reports, per report and overall; kind accuracy among matches.
// --verbose lists every miss, spurious figure and wrong kind.
import { loadIndicators } from '../src/pipeline/figures/index.ts';
import { evaluateGold } from '../src/pipeline/figures/evaluate.ts';
import { overallScore, type ReportScore } from '../src/pipeline/figures/gold.ts';
import { printUnseen } from './eval-unseen.ts';

const verbose = process.argv.includes('--verbose');
const scores = evaluateGold('tests/fixtures/gold', 'content/reports', loadIndicators());
const pct = (x: number) => x.toFixed(3);
const row = (name: string, s: Pick<ReportScore, 'gold' | 'extracted' | 'matched' | 'precision' | 'recall' | 'kindAccuracy'>) =>
  `${name.padEnd(42)} ${String(s.gold).padStart(5)} ${String(s.extracted).padStart(9)} ${String(s.matched).padStart(7)}  ${pct(s.precision)}     ${pct(s.recall)}  ${pct(s.kindAccuracy)}`;

console.log('IN-SAMPLE (the curated reports the rules were written from, tests/fixtures/gold)');
console.log(`${'report'.padEnd(42)}  gold extracted matched  precision recall kind_acc`);
for (const s of scores) {
  console.log(row(s.report, s));
  if (!verbose) continue;
  for (const g of s.missed) console.log(`    missed   ${g.masked ? '(masked)' : g.value}${g.unit} ${g.kind}  «${g.context}»`);
  for (const f of s.spurious) console.log(`    spurious ${f.raw} (${f.kind})  «${f.sentence.slice(Math.max(0, f.start - 0), 60)}» @${f.start}`);
  for (const w of s.wrongKind) console.log(`    kind     ${w.figure.raw}: got ${w.figure.kind}, gold ${w.gold.kind}  «${w.gold.context}»`);
}
console.log(row('OVERALL (micro)', overallScore(scores)));
printUnseen(loadIndicators(), { verbose, write: process.argv.includes('--write') });
