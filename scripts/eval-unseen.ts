// The UNSEEN half of `npm run eval`: the development set of raw reports in
// tests/fixtures/unseen/, through ingest and extraction, scored on figures and
// metadata. `--write` saves the totals to data/scores/unseen.json (shown on the
// methodology page); `--verbose` lists every miss, spurious figure, wrong kind,
// wrong indicator and wrong metadata field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { evaluateUnseen, unseenTotals, type UnseenCaseScore } from '../src/authoring/evaluation/evaluate-unseen.ts';
import type { FigureLexicons } from '../src/pipeline/lexicons.ts';
import { META_FIELDS } from '../src/authoring/evaluation/score-meta.ts';

export const UNSEEN_DIR = 'tests/fixtures/unseen';
// Beside the in-sample section's data/scores/in-sample.json (the measures branch).
export const SCORES_FILE = 'data/scores/unseen.json';

const f3 = (x: number) => x.toFixed(3);

function caseLine(s: UnseenCaseScore): string {
  const wrong = META_FIELDS.filter((k) => !s.meta.fields[k]);
  return `${s.name.padEnd(32)} ${String(s.gold).padStart(4)} ${String(s.extracted).padStart(9)} ${String(s.matched).padStart(7)}  kind ${s.kindCorrect}/${s.matched}  meta ${META_FIELDS.length - wrong.length}/${META_FIELDS.length}${wrong.length ? ` (wrong: ${wrong.join(', ')})` : ''}${s.meta.chromeLeft.length ? '  CHROME LEFT' : ''}`;
}

function details(s: UnseenCaseScore): string[] {
  const out: string[] = [];
  for (const g of s.missed)
    out.push(`    missed   ${g.masked ? '(masked)' : g.value}${g.unit} ${g.kind}  «${g.context}»`);
  for (const f of s.spurious)
    out.push(`    spurious ${f.raw} ${f.value}${f.unit} (${f.kind})  «${f.sentence.slice(0, 50)}»`);
  for (const w of s.wrongKind)
    out.push(`    kind     ${w.figure.raw}: got ${w.figure.kind}, gold ${w.gold.kind}  «${w.gold.context}»`);
  for (const w of s.wrongIndicator)
    out.push(`    indic.   ${w.figure.raw}: got ${w.figure.indicator ?? '-'}, gold ${w.gold.indicator || '-'}`);
  for (const k of META_FIELDS) if (!s.meta.fields[k]) out.push(`    meta     ${k}: got ${s.meta.got[k]}`);
  for (const c of s.meta.chromeLeft) out.push(`    chrome   left in body: ${c}`);
  return out;
}

export function printUnseen(lexicons: FigureLexicons, opts: { verbose: boolean; write: boolean }): void {
  const scores = evaluateUnseen(UNSEEN_DIR, lexicons);
  const t = unseenTotals(scores);
  console.log(`\nUNSEEN (${t.cases} raw reports in ${UNSEEN_DIR}, ingest + extract)`);
  console.log(`${'case'.padEnd(32)} gold extracted matched`);
  for (const s of scores) {
    console.log(caseLine(s));
    if (opts.verbose) for (const line of details(s)) console.log(line);
  }
  console.log(
    `figures: precision ${f3(t.precision)}  recall ${f3(t.recall)}  kind ${f3(t.kind)}  indicator ${f3(t.indicator)}  measure ${t.measure === null ? 'n/a (no measure yet)' : f3(t.measure)}   (${t.matched} of ${t.gold} gold, ${t.extracted} extracted)`,
  );
  console.log(
    `metadata: ${f3(t.metadata)} of fields right; ${META_FIELDS.map((k) => `${k} ${f3(t.metaFields[k])}`).join(', ')}`,
  );
  console.log(
    `regions named found ${t.regionsFound}/${t.regionsNamed}, wrong regions ${t.wrongRegions}, placeholder years marked reliable ${t.placeholderYearsReliable}, drafts with chrome left ${t.chromeLeft}`,
  );
  if (opts.write) {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const json = {
      id: 'unseen',
      title_zh: '样本外（规则未据以写成的原始报告）',
      title_en: 'UNSEEN (raw reports the rules were not written from)',
      unseen: {
        cases: t.cases,
        gold_figures: t.gold,
        precision: round(t.precision),
        recall: round(t.recall),
        kind_accuracy: round(t.kind),
        indicator_accuracy: round(t.indicator),
        measure_accuracy: t.measure === null ? null : round(t.measure),
        metadata_accuracy: round(t.metadata),
        metadata_fields: Object.fromEntries(META_FIELDS.map((k) => [k, round(t.metaFields[k])])),
        regions_found: `${t.regionsFound}/${t.regionsNamed}`,
        wrong_regions: t.wrongRegions,
        placeholder_years_reliable: t.placeholderYearsReliable,
        drafts_with_chrome: t.chromeLeft,
      },
    };
    mkdirSync('data/scores', { recursive: true });
    writeFileSync(SCORES_FILE, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`written: ${SCORES_FILE}`);
  }
}
