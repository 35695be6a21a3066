// A page's cache key changes with every datum the page shows and with nothing
// else: a report's text or curation re-renders its pages, not another
// report's; a frontmatter or a lexicon re-renders every keyed page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../pipeline/dataset.ts';
import type { Dataset } from '../pipeline/types.ts';
import { chartKey, regionKey, reportKey } from './page-keys.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(): { contentDir: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-keys-'));
  roots.push(root);
  cpSync('content/reports', join(root, 'content'), { recursive: true });
  cpSync('data', join(root, 'data'), { recursive: true });
  return { contentDir: join(root, 'content'), dataDir: join(root, 'data') };
}

/** The dataset with one file edited (then put back): the same folders, as a rebuild reads them. */
function edited(dirs: { contentDir: string; dataDir: string }, file: string, f: (text: string) => string): Dataset {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, f(text));
  try {
    return loadDataset(dirs);
  } finally {
    writeFileSync(file, text);
  }
}
const ids = (ds: Dataset) => ds.reports.map((r) => r.meta.id);
/** The reports whose key differs between two datasets of the same reports. */
const changed = (a: Dataset, b: Dataset) => ids(a).filter((id) => reportKey(a, id) !== reportKey(b, id));

describe('page keys', () => {
  const dirs = copy();
  const before = loadDataset(dirs);
  const [first, second] = ids(before);
  if (!first || !second) throw new Error('the fixture corpus holds fewer than two reports');

  it('are the same for the same data', () => {
    const again = loadDataset(dirs);
    expect(changed(before, again)).toEqual([]);
    const code = before.index.reportById.get(first)!.meta.region.code!;
    expect(regionKey(again, code)).toBe(regionKey(before, code));
  });

  it('a report’s text changes its pages’ keys, its region’s and its charts’, no other report’s', () => {
    const after = edited(
      dirs,
      join(dirs.contentDir, `${first}.md`),
      (t) => `${t.trimEnd()}\n\n新增高新技术企业9家。\n`,
    );
    expect(changed(before, after)).toEqual([first]);
    const code = before.index.reportById.get(first)!.meta.region.code!;
    expect(regionKey(after, code)).not.toBe(regionKey(before, code));
    expect(chartKey(after, `report-${first}-themes`)).not.toBe(chartKey(before, `report-${first}-themes`));
    expect(chartKey(after, `report-${second}-themes`)).toBe(chartKey(before, `report-${second}-themes`));
    // Charts gathered from every report have no key: rendered every build.
    expect(chartKey(after, 'home-timeline')).toBeUndefined();
  });

  it('a curator’s decision changes the keys of its report alone', () => {
    let report = '';
    const after = edited(dirs, join(dirs.dataDir, 'curation.csv'), (text) => {
      const [header = '', row = '', ...rest] = text.split('\n');
      const cells = row.split(',');
      const at = header.split(',').indexOf('in_series');
      cells[at] = cells[at] === 'yes' ? 'no' : 'yes';
      [report = ''] = cells;
      return [header, cells.join(','), ...rest].join('\n');
    });
    expect(changed(before, after)).toEqual([report]);
  });

  it('a frontmatter, a lexicon or a release changes every report’s keys', () => {
    const all = ids(before);
    const title = edited(dirs, join(dirs.contentDir, `${second}.md`), (t) =>
      t.replace(/^title: (.*)$/m, 'title: $1（修订）'),
    );
    expect(changed(before, title)).toEqual(all);
    const lexicon = edited(dirs, join(dirs.dataDir, 'indicators.csv'), (t) =>
      t.replace('高新技术企业', '高新技术企业（国家）'),
    );
    expect(changed(before, lexicon)).toEqual(all);
    const release = edited(dirs, join(dirs.dataDir, 'CHANGELOG.md'), (t) =>
      t.replace(/^## (\d+)\.(\d+)\.(\d+)/m, (_, a, b, c) => `## ${a}.${b}.${Number(c) + 1}`),
    );
    expect(changed(before, release)).toEqual(all);
    // Put back, the folders give the keys they gave.
    expect(changed(before, loadDataset(dirs))).toEqual([]);
  });
});
