import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from './types.ts';
import { loadPublished, numberFigures, recordFigures, retiredFigureAnchors } from './published.ts';

const fig = (report: string, n: number, start: number, raw: string) =>
  ({ id: `${report}-f${n}`, report, n, start, raw }) as Figure;

describe('numberFigures', () => {
  it('keeps a recorded number at its place, gives a new figure the next free number, and renumbers ids', () => {
    // A rule now finds a figure before the two recorded ones.
    const extracted = [fig('r', 0, 5, '3项'), fig('r', 1, 20, '86家'), fig('r', 2, 40, '79.63%')];
    const published = [
      { report: 'r', n: 0, offset: 20, raw: '86家' },
      { report: 'r', n: 1, offset: 40, raw: '79.63%' },
    ];
    expect(numberFigures(extracted, published).map((f) => [f.start, f.n, f.id])).toEqual([
      [5, 2, 'r-f2'],
      [20, 0, 'r-f0'],
      [40, 1, 'r-f1'],
    ]);
  });

  it('keeps the number when a rule reads more or less of the same figure, not when another text starts there', () => {
    const published = [{ report: 'r', n: 4, offset: 10, raw: '4.8万余人次' }];
    expect(numberFigures([fig('r', 0, 10, '4.8万余')], published)[0]?.n).toBe(4);
    expect(numberFigures([fig('r', 0, 10, '第3')], published)[0]?.n).toBe(5);
  });
});

describe('recordFigures and retiredFigureAnchors', () => {
  it('records new figures, never reuses a number, and lists the anchors whose figure is gone', () => {
    const published = [
      { report: 'r', n: 0, offset: 20, raw: '86家' },
      { report: 'r', n: 1, offset: 40, raw: '79.63%' },
    ];
    const figures = numberFigures([fig('r', 0, 20, '86家'), fig('r', 1, 60, '7家')], published);
    expect(figures.map((f) => f.n)).toEqual([0, 2]);
    expect(retiredFigureAnchors(figures, published)).toEqual([published[1]]);
    expect(recordFigures(figures, published).map((p) => [p.n, p.offset])).toEqual([
      [0, 20],
      [1, 40],
      [2, 60],
    ]);
  });
});

describe('loadPublished', () => {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  mkdirSync(join(dir, 'published'));
  it('reads nothing when nothing is published yet', () => {
    expect(loadPublished(mkdtempSync(join(tmpdir(), 'empty-')))).toEqual({ charts: [], figures: [] });
  });
  it('refuses a repeated id or number at its line', () => {
    writeFileSync(
      join(dir, 'published', 'charts.csv'),
      'id,status,successor,series,title_zh,title_en,released\na,live,,,甲,A,1.0.0\na,live,,,甲,A,1.0.0\n',
    );
    expect(() => loadPublished(dir)).toThrow(/charts\.csv:3: field "id": "a" is recorded twice/);
    writeFileSync(
      join(dir, 'published', 'charts.csv'),
      'id,status,successor,series,title_zh,title_en,released\na,gone,,,甲,A,1.0.0\n',
    );
    expect(() => loadPublished(dir)).toThrow(/charts\.csv:2: field "status"/);
    writeFileSync(join(dir, 'published', 'charts.csv'), 'id,status,successor,series,title_zh,title_en,released\n');
    writeFileSync(join(dir, 'published', 'figures.csv'), 'report,n,offset,raw\nr,1,5,3项\nr,1,9,4项\n');
    expect(() => loadPublished(dir)).toThrow(/figures\.csv:3: field "n": #f-1 of r is recorded twice/);
  });
});
