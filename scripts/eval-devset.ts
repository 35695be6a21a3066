// The REAL DEVELOPMENT SET part of `npm run eval -- --devset <dir>`: real
// report excerpts from other sites, read by path at evaluation time (never
// copied into the repository), scored apart from the in-sample and unseen
// sets. Prints per case, the totals, and the errors grouped by kind (all of
// them with --verbose, else a count per kind); --write saves the totals to
// data/scores/devset.json (numbers only).
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  DEVSET_META_FIELDS,
  devsetTotals,
  evaluateDevset,
  type DevsetCaseScore,
  type DevsetGoldFigure,
} from '../src/authoring/evaluation/devset.ts';
import type { FigureLexicons } from '../src/pipeline/lexicons.ts';

const f3 = (x: number) => x.toFixed(3);
const goldText = (g: DevsetGoldFigure) => `${g.masked ? '(masked)' : g.value}${g.unit}`;

function caseLine(s: DevsetCaseScore): string {
  const wrongMeta = DEVSET_META_FIELDS.filter((k) => !s.meta[k]);
  const count = (field: string) => s.wrong.filter((w) => w.field === field).length;
  return [
    s.name.slice(0, 34).padEnd(34),
    String(s.gold).padStart(4),
    String(s.extracted).padStart(9),
    String(s.matched).padStart(7),
    `  kind-${count('kind')} ind-${count('indicator')} meas-${count('measure')} scope-${count('scope')}`,
    `  meta ${DEVSET_META_FIELDS.length - wrongMeta.length}/${DEVSET_META_FIELDS.length}`,
    wrongMeta.length ? ` (wrong: ${wrongMeta.join(', ')})` : '',
    s.chromeLeft.length ? '  CHROME' : '',
    s.refused ? '  REFUSED' : '',
  ].join('');
}

/** Every error of the set, grouped by kind, each with the case and the gold's words. */
function errorsByKind(scores: DevsetCaseScore[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (kind: string, line: string) => groups.set(kind, [...(groups.get(kind) ?? []), line]);
  for (const s of scores) {
    const id = s.name.split('_')[0];
    for (const g of s.missed)
      add('missed', `${id} ${goldText(g)} ${g.kind}  «${g.snippet}»${g.note ? `  (${g.note})` : ''}`);
    for (const f of s.spurious)
      add(
        'spurious',
        `${id} ${f.raw} → ${f.masked ? 'masked' : f.value}${f.unit} ${f.kind}  «${f.sentence.slice(0, 60)}»`,
      );
    for (const w of s.wrong) {
      const got = w.field === 'kind' ? w.figure.kind : (w.figure[w.field] ?? '-');
      const gold =
        w.field === 'kind'
          ? w.gold.kind
          : w.field === 'indicator'
            ? w.gold.goldIndicator || '-'
            : w.field === 'measure'
              ? w.gold.goldMeasure || '-'
              : (w.gold.scope ?? '-');
      add(
        w.field,
        `${id} ${w.figure.raw}: got ${got}, gold ${gold}  «${w.gold.snippet}»${w.gold.note ? `  (${w.gold.note})` : ''}`,
      );
    }
    for (const k of DEVSET_META_FIELDS)
      if (!s.meta[k]) add(`meta:${k}`, `${id} got "${s.got[k]}", gold "${s.expected[k]}"`);
    if (s.chromeLeft.length) add('chrome', `${id} ${s.chromeLeft.join(' | ')}`);
    if (s.refused) add('refused', `${id} ${s.refused}`);
  }
  return groups;
}

export function printDevset(dir: string, lexicons: FigureLexicons, opts: { verbose: boolean; write: boolean }): void {
  const scores = evaluateDevset(dir, lexicons);
  const t = devsetTotals(scores);
  console.log(`\nREAL DEVELOPMENT SET (${t.cases} excerpts of real reports at ${dir}, ingest + extract; scored apart)`);
  console.log(`${'case'.padEnd(34)} gold extracted matched  errors per field           metadata`);
  for (const s of scores) console.log(caseLine(s));
  console.log(
    `figures: precision ${f3(t.precision)}  recall ${f3(t.recall)}  kind ${f3(t.kind)}  indicator ${f3(t.indicator)}  measure ${f3(t.measure)}  scope ${f3(t.scope)}   (${t.matched} of ${t.gold} gold, ${t.extracted} extracted)`,
  );
  console.log(`masked figures kept as redacted: ${t.maskedFound} of ${t.maskedGold}`);
  console.log(
    `metadata: ${t.metaRight} of ${t.metaFields} fields; ${DEVSET_META_FIELDS.map((k) => `${k} ${t.metaByField[k]}/${t.cases}`).join(', ')}`,
  );
  console.log(
    `regions the text names, found ${t.regionsFound}/${t.regionsNamed}; wrong regions ${t.wrongRegions}; drafts with chrome ${t.chromeDrafts}; drafts the reader refuses ${t.refusedDrafts}`,
  );
  const groups = errorsByKind(scores);
  console.log(`errors by kind: ${[...groups].map(([k, v]) => `${k} ${v.length}`).join(', ') || 'none'}`);
  if (opts.verbose)
    for (const [kind, lines] of groups) {
      console.log(`\n  -- ${kind} (${lines.length})`);
      for (const line of lines) console.log(`    ${line}`);
    }
  if (opts.write) {
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const json = {
      id: 'devset',
      title_zh: '真实开发集（他人所写的真实报告节选）',
      title_en: 'REAL DEVELOPMENT SET (excerpts of real reports written by others)',
      cases: t.cases,
      gold_figures: t.gold,
      precision: round(t.precision),
      recall: round(t.recall),
      kind_accuracy: round(t.kind),
      indicator_accuracy: round(t.indicator),
      measure_accuracy: round(t.measure),
      scope_accuracy: round(t.scope),
      masked_kept: `${t.maskedFound}/${t.maskedGold}`,
      metadata_fields: `${t.metaRight}/${t.metaFields}`,
      regions_found: `${t.regionsFound}/${t.regionsNamed}`,
      wrong_regions: t.wrongRegions,
      drafts_with_chrome: t.chromeDrafts,
      drafts_refused: t.refusedDrafts,
    };
    mkdirSync('data/scores', { recursive: true });
    writeFileSync('data/scores/devset.json', `${JSON.stringify(json, null, 2)}\n`);
    console.log('written: data/scores/devset.json');
  }
}
