// `node --expose-gc scripts/profile-memory.ts <content-dir> <data-dir>`: where
// the build's memory goes, part by part, outside Astro: the JavaScript heap
// held after each part the build makes from a corpus (the dataset, the chart
// definitions, the card SVGs, the search index, the open-data tables), with
// the garbage collector run before each reading, per report and in total.
// Prints one line per part; run it on a bench corpus (.cache/bench-build/N/input).
import { buildDataset, datasetDirs, loadDataset } from '../src/pipeline/dataset.ts';
import { allCharts } from '../src/lib/charts.ts';
import { socialCards } from '../src/lib/social-cards.ts';
import { cardSvg } from '../src/cards/card-svg.ts';
import { searchCorpusFromDataset } from '../src/search/build/from-dataset.ts';
import { buildSearchIndex } from '../src/search/build/build-index.ts';
import { DATA_TABLES, publishedTable, tableCsv } from '../src/lib/data-tables.ts';
import { currentRelease } from '../src/lib/release.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const [contentDir, dataDir] = process.argv.slice(2);
if (!contentDir || !dataDir) throw new Error('usage: profile-memory.ts <content-dir> <data-dir>');
process.env.ATLAS_CONTENT_DIR = contentDir;
process.env.ATLAS_DATA_DIR = dataDir;

const heap = () => {
  gc!();
  gc!();
  return process.memoryUsage();
};
const mb = (b: number) => `${(b / 1e6).toFixed(0).padStart(6)} MB`;
let last = heap();
const held: unknown[] = [];
let reports = 1;
function part(name: string, make: () => unknown): void {
  const t0 = performance.now();
  held.push(make());
  const now = heap();
  const js = now.heapUsed - last.heapUsed;
  const ext = now.external + now.arrayBuffers - (last.external + last.arrayBuffers);
  console.log(
    `${name.padEnd(46)} heap ${mb(js)} (${(js / reports / 1e3).toFixed(1).padStart(6)} KB a report)  buffers ${mb(ext)}  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  last = now;
}

// The build's dataset, shared with everything that asks for the site's data (as in a build).
const { dataset: ds } = await buildDataset(datasetDirs(process.env));
reports = ds.reports.length;
console.log(`${reports} reports; the dataset was already made once above this line (report-work cache warm)`);
last = heap();
part('dataset (reports, paragraphs, sentences, figures, index)', () => loadDataset(datasetDirs(process.env)));
part('chart definitions (allCharts)', () => allCharts(ds));
part('card SVGs (socialCards → cardSvg)', () => socialCards(ds).map((c) => cardSvg(c)));
part('search index files (buildSearchIndex)', () => buildSearchIndex(searchCorpusFromDataset(ds)).files);
for (const t of DATA_TABLES)
  part(`open data: ${t.name} rows`, () => publishedTable(ds, t.name, currentRelease(), 'http://x/'));
part('open data: figures.csv text', () => tableCsv(publishedTable(ds, 'figures', currentRelease(), 'http://x/')));
console.log(`total heap ${mb(heap().heapUsed)}, rss ${mb(process.memoryUsage().rss)}; held ${held.length} parts`);
