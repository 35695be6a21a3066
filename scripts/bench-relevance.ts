// `npm run bench:relevance`: relevance of the search engine on the real
// reports. For each query of scripts/search-bench/relevance-queries.ts the
// ground truth is computed from the corpus (literal containment and the
// synonym table, relevance-truth.ts); the engine runs as the page runs it
// (10 reports a page, two pages read). The list a reader meets is the
// matches, then the labelled block of near matches. Printed, overall and by
// query kind:
//   report recall@10     relevant reports among the first 10 listed / min(10, relevant)
//   passage recall@20    relevant paragraphs among the first 20 passages shown / min(20, relevant)
//   passage reachable    relevant paragraphs shown or one "more passages" click away,
//                        in the first 20 reports listed / relevant
//   precision@10         relevant among the first 10 reports presented as matches
//                        (the near block when nothing matches: then it is the answer)
//   zero-result          queries with ground truth but nothing listed
// and, where a kind asks for it:
//   did you mean         misspelt queries whose suggestion is the word meant
//   most figures first   indicator queries whose first report is one holding the
//                        most figures of that indicator (from the dataset)
// Copied text across a sentence break is made from the corpus (copiedQueries).
// Options: --verbose (per query), --json FILE
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetDirs, loadDataset } from '../src/pipeline/dataset.ts';
import { buildSearchIndex } from '../src/search/build/build-index.ts';
import { searchCorpusFromDataset } from '../src/search/build/from-dataset.ts';
import { createSearchEngine } from '../src/search/engine/engine.ts';
import { memoryLoader } from '../src/search/engine/index-client.ts';
import { synonymTable } from '../src/search/engine/synonyms.ts';
import type { ResultGroup } from '../src/search/engine/types.ts';
import { copiedQueries, RELEVANCE_QUERIES, type RelevanceQuery } from './search-bench/relevance-queries.ts';
import { groundTruth } from './search-bench/relevance-truth.ts';

const { values: opts } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, json: { type: 'string' } },
});

const TARGETS = { reportRecall10: 0.98, passageShown20: 0.8, passageReachable: 0.95, precision10: 0.9 };

interface Row {
  q: string;
  kind: string;
  relevantReports: number;
  relevantPassages: number;
  reportRecall10: number | null;
  passageShown20: number | null;
  passageReachable: number | null;
  precision10: number | null;
  zero: boolean;
  /** Typos: the suggestion is the word meant (null: not a typo query). */
  suggestion: boolean | null;
  /** Indicator queries: the first report listed holds the most figures of the indicator. */
  figuresFirst: boolean | null;
}

const dataset = loadDataset(datasetDirs(process.env));
const corpus = searchCorpusFromDataset(dataset);
const { files } = buildSearchIndex(corpus);
const engine = createSearchEngine(memoryLoader(files));
const synonyms = synonymTable(corpus.indicators, dataset.measures);

/** The indicators named by a query exactly (its name or a lexicon synonym). */
function indicatorsOf(q: string): string[] {
  return corpus.indicators.filter((i) => i.zh === q || i.synonyms.includes(q)).map((i) => i.id);
}

/** Reports holding the most figures of the query's indicators (from the dataset's figures). */
function mostFigures(q: string): Set<string> {
  const ids = indicatorsOf(q);
  const count = (id: string) =>
    (dataset.index.figuresByReport.get(id) ?? []).filter((f) => f.indicator && ids.includes(f.indicator)).length;
  const most = Math.max(0, ...corpus.reports.map((r) => count(r.id)));
  return new Set(most ? corpus.reports.filter((r) => count(r.id) === most).map((r) => r.id) : []);
}

/** Passages of a group: those shown, and all it can show (expanded in place). */
async function passagesOf(q: string, g: ResultGroup): Promise<{ shown: string[]; reachable: string[] }> {
  const shown = [...new Set(g.snippets.map((s) => `${g.report}#${s.paragraph}`))];
  const more = g.more ? await engine.more({ q, group: g }) : [];
  return { shown, reachable: [...new Set([...shown, ...more.map((s) => `${g.report}#${s.paragraph}`)])] };
}

async function measure(query: RelevanceQuery): Promise<Row> {
  const truth = groundTruth(query, corpus, synonyms);
  const groups: ResultGroup[] = [];
  let near: ResultGroup[] = [];
  let suggested: string | null = null;
  for (let page = 1; page <= 2; page++) {
    const r = await engine.search({ q: query.q, page });
    groups.push(...r.groups);
    near = r.nearGroups ?? [];
    suggested ??= r.didYouMean?.query ?? null;
    if (r.page >= r.pageCount) break;
  }
  const listed = [...groups, ...near];
  const top10 = listed.slice(0, 10);
  const answer = (groups.length ? groups : near).slice(0, 10);
  const shown: string[] = [];
  const reachable = new Set<string>();
  for (const g of listed.slice(0, 20)) {
    const p = await passagesOf(query.q, g);
    shown.push(...p.shown);
    for (const x of p.reachable) reachable.add(x);
  }
  const first20 = shown.slice(0, 20);
  const R = truth.reports.size;
  const P = truth.passages.size;
  const hits = (list: Iterable<string>, set: Set<string>) => [...list].filter((x) => set.has(x)).length;
  return {
    q: query.q,
    kind: query.kind,
    relevantReports: R,
    relevantPassages: P,
    reportRecall10: R
      ? hits(
          top10.map((g) => g.report),
          truth.reports,
        ) / Math.min(10, R)
      : null,
    passageShown20: P ? hits(first20, truth.passages) / Math.min(20, P) : null,
    passageReachable: P ? hits(reachable, truth.passages) / P : null,
    precision10: answer.length
      ? hits(
          answer.map((g) => g.report),
          truth.reports,
        ) / answer.length
      : null,
    zero: R > 0 && listed.length === 0,
    suggestion: query.kind === 'typo' || query.kind === 'long typo' ? suggested === query.intended : null,
    figuresFirst: query.kind === 'indicator' ? mostFigures(query.q).has(listed[0]?.report ?? '') : null,
  };
}

const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
};
const fmt = (x: number) => (Number.isNaN(x) ? '  —  ' : x.toFixed(3));

const rows: Row[] = [];
for (const q of [...RELEVANCE_QUERIES, ...copiedQueries(corpus)]) rows.push(await measure(q));

const noTruth = rows.filter((r) => r.relevantReports === 0);
if (noTruth.length)
  console.log(
    `queries without ground truth in this corpus (left out of recall): ${noTruth.map((r) => r.q).join(', ')}`,
  );

if (opts.verbose) {
  console.log('query                 kind          reports passages  R@10   P-shown@20 P-reach  prec@10  other');
  const flag = (name: string, v: boolean | null) => (v === null ? '' : `${name} ${v ? '✓' : '✗'}`);
  for (const r of rows) {
    console.log(
      `${r.q.padEnd(20)} ${r.kind.padEnd(13)} ${String(r.relevantReports).padStart(7)} ${String(r.relevantPassages).padStart(8)}  ${fmt(r.reportRecall10 ?? NaN)}  ${fmt(r.passageShown20 ?? NaN)}     ${fmt(r.passageReachable ?? NaN)}   ${fmt(r.precision10 ?? NaN)}  ${flag('did you mean', r.suggestion)}${flag('most figures first', r.figuresFirst)}`,
    );
  }
}

const summarise = (rs: Row[]) => ({
  queries: rs.length,
  reportRecall10: mean(rs.map((r) => r.reportRecall10)),
  passageShown20: mean(rs.map((r) => r.passageShown20)),
  passageReachable: mean(rs.map((r) => r.passageReachable)),
  precision10: mean(rs.map((r) => r.precision10)),
  zero: rs.filter((r) => r.zero).length,
});
const kinds = [...new Set(rows.map((r) => r.kind))];
const tally = (pick: (r: Row) => boolean | null) => {
  const v = rows.map(pick).filter((x): x is boolean => x !== null);
  return `${v.filter(Boolean).length}/${v.length}`;
};
console.log(`\n== relevance on ${corpus.reports.length} real reports, ${rows.length} queries ==`);
console.log('kind           queries  report R@10  passages shown@20  reachable  precision@10  zero-result');
const line = (name: string, s: ReturnType<typeof summarise>) =>
  console.log(
    `${name.padEnd(14)} ${String(s.queries).padStart(7)}  ${fmt(s.reportRecall10).padStart(11)}  ${fmt(s.passageShown20).padStart(17)}  ${fmt(s.passageReachable).padStart(9)}  ${fmt(s.precision10).padStart(12)}  ${String(s.zero).padStart(11)}`,
  );
for (const k of kinds) line(k, summarise(rows.filter((r) => r.kind === k)));
const all = summarise(rows);
line('all', all);
const checks: [string, boolean][] = [
  [
    `report recall@10 ≥ ${TARGETS.reportRecall10} (${fmt(all.reportRecall10)})`,
    all.reportRecall10 >= TARGETS.reportRecall10,
  ],
  [
    `passage recall@20 shown ≥ ${TARGETS.passageShown20} (${fmt(all.passageShown20)})`,
    all.passageShown20 >= TARGETS.passageShown20,
  ],
  [
    `passage recall reachable ≥ ${TARGETS.passageReachable} (${fmt(all.passageReachable)})`,
    all.passageReachable >= TARGETS.passageReachable,
  ],
  [`precision@10 ≥ ${TARGETS.precision10} (${fmt(all.precision10)})`, all.precision10 >= TARGETS.precision10],
];
console.log(
  `did you mean (typos, the word meant suggested): ${tally((r) => r.suggestion)}; most figures first (indicator queries): ${tally((r) => r.figuresFirst)}`,
);
console.log(`targets: ${checks.map(([t, ok]) => `${ok ? '✓' : '✗'} ${t}`).join('; ')}`);
if (opts.json)
  writeFileSync(
    opts.json,
    JSON.stringify(
      {
        summary: all,
        byKind: Object.fromEntries(kinds.map((k) => [k, summarise(rows.filter((r) => r.kind === k))])),
        rows,
      },
      null,
      2,
    ),
  );
