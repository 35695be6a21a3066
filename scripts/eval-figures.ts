// `npm run eval [-- --verbose] [-- --write] [-- --devset <dir>]`: the figure
// extractor against the hand-annotated gold, one section per set of reports,
// each said to be in-sample, unseen (written here) or a real development set
// given by path. Per report and overall: precision, recall, kind
// accuracy, and indicator and measure accuracy where the gold gives them.
// --verbose lists every miss, spurious figure and wrong kind, indicator or
// measure; --write regenerates data/scores/<section>.json for the methodology page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { inSampleEvaluation, sectionJson, type EvaluationSection } from '../src/authoring/evaluation/evaluate.ts';
import type { OverallScore } from '../src/authoring/evaluation/gold.ts';
import { printUnseen } from './eval-unseen.ts';
import { printDevset } from './eval-devset.ts';
import { loadLexicons } from '../src/pipeline/lexicons.ts';

const verbose = process.argv.includes('--verbose');
const write = process.argv.includes('--write');
const devsetAt = process.argv.indexOf('--devset');
const devset = devsetAt >= 0 ? process.argv[devsetAt + 1] : undefined;
if (devsetAt >= 0 && !devset) {
  console.error('usage: npm run eval -- --devset <dir>');
  process.exit(2);
}
const pct = (x: number | null) => (x === null ? '    -' : x.toFixed(3));
const row = (name: string, s: OverallScore) =>
  `${name.padEnd(42)} ${String(s.gold).padStart(5)} ${String(s.extracted).padStart(9)} ${String(s.matched).padStart(7)}  ${pct(s.precision)}     ${pct(s.recall)}  ${pct(s.kindAccuracy)}    ${pct(s.indicatorAccuracy)}    ${pct(s.measureAccuracy)}`;

function printSection(section: EvaluationSection): void {
  console.log(`\n== ${section.title_en} ==\n   ${section.note_en}`);
  console.log(`${'report'.padEnd(42)}  gold extracted matched  precision recall kind_acc indicator_acc measure_acc`);
  for (const s of section.reports) {
    console.log(row(s.report, s));
    if (!verbose) continue;
    for (const g of s.missed)
      console.log(`    missed    ${g.masked ? '(masked)' : g.value}${g.unit} ${g.kind}  «${g.context}»`);
    for (const f of s.spurious) console.log(`    spurious  ${f.raw} (${f.kind})  #f-${f.n}`);
    for (const w of s.wrongKind)
      console.log(`    kind      ${w.figure.raw}: got ${w.figure.kind}, gold ${w.gold.kind}  «${w.gold.context}»`);
    for (const w of s.wrongIndicator)
      console.log(
        `    indicator ${w.figure.raw}: got ${w.figure.indicator ?? '-'}, gold ${w.gold.indicator ?? '-'}  «${w.gold.context}»`,
      );
    for (const w of s.wrongMeasure)
      console.log(
        `    measure   ${w.figure.raw}: got ${w.figure.measure}, gold ${w.gold.measure}  «${w.gold.context}»`,
      );
  }
  console.log(row(`OVERALL ${section.id} (micro)`, section.overall));
  console.log(
    `   indicator and measure accuracy over the ${section.overall.seriesAnnotated} matched figures whose gold gives them`,
  );
  if (write) {
    mkdirSync('data/scores', { recursive: true });
    writeFileSync(`data/scores/${section.id}.json`, JSON.stringify(sectionJson(section), null, 2) + '\n');
    console.log(`   wrote data/scores/${section.id}.json`);
  }
}

const lexicons = loadLexicons('data');
printSection(inSampleEvaluation(lexicons));
printUnseen(lexicons, { verbose, write });
if (devset) printDevset(devset, lexicons, { verbose, write });
