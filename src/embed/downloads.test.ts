import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { chartsForDataset } from '../charts/registry.ts';
import { fixtureDataset } from '../charts/fixtures.ts';
import { chartCsvDownload, chartSvgDownload, CSV_NOTE_COLUMNS } from './downloads.ts';
import { LICENCE_NOTE } from './constants.ts';

const charts = chartsForDataset(fixtureDataset());
const withRows = charts.find((c) => c.rows.length > 2)!;
const pageUrl = `https://atlas.example.org${withRows.page}#chart-${withRows.id}`;

describe('the CSV download', () => {
  const csv = chartCsvDownload(withRows, pageUrl);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has the plotted columns by key, then the notes', () => {
    expect(parsed.meta.fields).toEqual([...withRows.columns.map((c) => c.key), ...CSV_NOTE_COLUMNS]);
  });

  it('holds exactly the rows plotted, value for value', () => {
    expect(parsed.data).toHaveLength(withRows.rows.length);
    parsed.data.forEach((row, i) => {
      for (const c of withRows.columns) {
        const value = withRows.rows[i]?.[c.key];
        expect(row[c.key]).toBe(value === null || value === undefined ? '' : String(value));
      }
    });
  });

  it('carries source, licence and page on every row', () => {
    for (const row of parsed.data) {
      expect(row.source).toBe(withRows.source.zh);
      expect(row.licence).toBe(LICENCE_NOTE);
      expect(row.page).toBe(pageUrl);
    }
  });
});

describe('the SVG download', () => {
  const svg = chartSvgDownload(withRows, pageUrl);
  const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\s*/, ''));
  const root = document.querySelector('svg')!;

  it('is a standalone SVG with the chart’s title', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).toBe(withRows.title.zh);
  });

  it('names source, page and licence in its description and its drawn credit', () => {
    const desc = root.querySelector('desc')!.textContent!;
    expect(desc).toContain(withRows.source.zh);
    expect(desc).toContain(pageUrl);
    expect(desc).toContain('CC BY 4.0');
    // The credit wraps over lines, breaking anywhere: compare without spaces.
    const drawn = [...root.querySelectorAll('text.atlas-source')]
      .map((t) => t.textContent)
      .join('')
      .replace(/\s+/g, '');
    expect(drawn).toContain('CCBY4.0');
    expect(drawn).toContain('区域科技政策图鉴');
  });

  it('uses the light palette as inline colours', () => {
    expect(root.querySelector('rect.atlas-fill-bg')!.getAttribute('fill')).toBe('#ffffff');
  });
});

describe('the SVG download of a title holding characters XML cannot', () => {
  it('stays well-formed XML: controls and unpaired surrogates become U+FFFD, markup is escaped', () => {
    const hostile = {
      ...withRows,
      title: { zh: '标题\u0007\u0000<b>&\uD800', en: 'Title\u001B' },
      alt: { zh: '说明\u0008', en: 'alt' },
    };
    const svg = chartSvgDownload(hostile, pageUrl);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg.isWellFormed()).toBe(true);
    expect(svg).toContain('<title>标题\uFFFD\uFFFD&lt;b&gt;&amp;\uFFFD</title>');
  });
});
