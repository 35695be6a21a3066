// The chart ids are published: every embed snippet, oEmbed entry and download
// link carries one. This pins the current set, so removing (or renaming) an
// id is a deliberate act, and a new chart is acknowledged by adding its id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { allCharts } from '../../src/lib/charts.ts';
import { CHART_ID } from '../../src/embed/constants.ts';

const FIXTURE = 'tests/fixtures/chart-ids.txt';
const pinned = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const current = allCharts(loadDataset(REPOSITORY_DIRS)).map((c) => c.id);

describe('published chart ids', () => {
  it('the pinned list is sorted and has no duplicates', () => {
    expect(pinned).toEqual([...new Set(pinned)].sort());
  });

  it('no published id has gone', () => {
    const removed = pinned.filter((id) => !current.includes(id));
    expect(
      removed,
      `removing an embed id breaks published embeds; update ${FIXTURE} deliberately. Missing: ${removed.join(', ')}`,
    ).toEqual([]);
  });

  it('every chart id is pinned', () => {
    const added = current.filter((id) => !pinned.includes(id));
    expect(
      added,
      `new chart ids: add them to ${FIXTURE} (sorted), since they become published embed addresses: ${added.join(', ')}`,
    ).toEqual([]);
  });

  it('ids are lowercase slugs derived from meaning, never from position', () => {
    for (const id of current) {
      expect(id).toMatch(CHART_ID);
      expect(id, `${id} looks like a position, not a meaning`).not.toMatch(/(^|-)\d{1,2}$|chart-?\d/);
    }
  });
});

describe('charts worth embedding', () => {
  it('no published chart is made of masked figures only', () => {
    for (const def of allCharts(loadDataset(REPOSITORY_DIRS))) {
      expect(
        def.rows.some((r) => r.masked !== true),
        `${def.id} shows no value`,
      ).toBe(true);
    }
  });
});
