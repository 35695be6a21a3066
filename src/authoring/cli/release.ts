// `npm run release [-- --check]`: records what this build publishes in
// data/published/ — every chart id (new ones marked with the dataset's
// version; ids no longer drawn kept as retired, each with the chart that
// shows its figures now) and every figure's #f-<n> — so a later rule change
// or a new report never breaks an address already out in articles. Run it
// when publishing a release, after `npm test`. --check writes nothing and
// exits 1 when the record is behind the build (new or retired ids unrecorded).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { datasetDirs, loadDataset } from '../../pipeline/dataset.ts';
import {
  PUBLISHED_CHART_COLUMNS,
  PUBLISHED_FIGURE_COLUMNS,
  recordFigures,
  type PublishedChart,
  type PublishedFigure,
} from '../../pipeline/published.ts';
import { drawnCharts } from '../../charts/registry.ts';
import { recordRelease, retiredCharts, subjectPage } from '../../charts/published.ts';
import { runCli } from './input.ts';

const csv = (rows: readonly object[], columns: string[]) => `${Papa.unparse([...rows], { columns, newline: '\n' })}\n`;

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const dirs = datasetDirs(process.env);
  const ds = loadDataset(dirs);
  const drawn = drawnCharts(ds);
  const version = ds.releases[0]?.version ?? '0.0.0';
  const charts: PublishedChart[] = recordRelease(ds.published.charts, drawn, version);
  const figures: PublishedFigure[] = recordFigures(ds.figures, ds.published.figures);
  // An id nothing drawn stands for keeps a notice on the page of what it showed: only one with no such page is unresolved.
  const { unresolved } = retiredCharts(charts, drawn, (id) => subjectPage(ds, id));
  const was = new Map(ds.published.charts.map((c) => [c.id, c]));
  const added = charts.filter((c) => !was.has(c.id));
  const retiredNow = charts.filter((c) => c.status === 'retired' && was.get(c.id)?.status !== 'retired');
  const newFigures = figures.length - ds.published.figures.length;
  console.log(
    `charts: ${charts.filter((c) => c.status === 'live').length} live (${added.length} new), ${charts.length - charts.filter((c) => c.status === 'live').length} retired (${retiredNow.length} now); figures: ${figures.length} anchors (${newFigures} new)`,
  );
  for (const c of retiredNow) console.log(`  retired ${c.id} → ${c.successor || '(nothing drawn stands for it)'}`);
  for (const id of unresolved)
    console.error(`  UNRESOLVED: ${id} has no successor; set one in data/published/charts.csv`);
  if (check) {
    const behind = added.length + retiredNow.length + newFigures;
    if (behind) console.error(`release: the record is behind the build (${behind} change(s)); run npm run release`);
    return behind || unresolved.length ? 1 : 0;
  }
  const dir = join(dirs.dataDir, 'published');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'charts.csv'), csv(charts, PUBLISHED_CHART_COLUMNS));
  writeFileSync(join(dir, 'figures.csv'), csv(figures, PUBLISHED_FIGURE_COLUMNS));
  console.log(`written: ${join(dir, 'charts.csv')}, ${join(dir, 'figures.csv')}`);
  return unresolved.length ? 1 : 0;
}

runCli('release', () => main(process.argv.slice(2)));
