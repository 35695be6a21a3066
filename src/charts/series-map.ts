// The series view's map tab: the series on the tile-grid map of provinces,
// each province with figures of the series shaded and labelled with how many
// regions report in it. A view of the same series as the chart (no values on
// another scale); drawn only where the series spans two or more provinces.
import * as Plot from '@observablehq/plot';
import type { ChartDef } from './types.ts';
import type { IndicatorSeries } from './indicator-series.ts';
import type { SeriesPoint } from './series-value.ts';
import { color } from './palette.ts';
import { GRID_COLS, GRID_ROWS, TILE_GRID } from './tile-grid.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { urls } from '../core/urls.ts';

type TileRow = {
  code: string;
  province: string;
  province_en: string;
  abbr: string;
  col: number;
  row: number;
  regions: number;
  list: string;
  list_en: string;
};

export function seriesMapChart(s: IndicatorSeries, points: readonly SeriesPoint[]): ChartDef<TileRow> {
  const rows: TileRow[] = TILE_GRID.map((t) => {
    const here = points.filter((p) => p.province === t.code);
    const names = [...new Set(here.map((p) => p.region))];
    return {
      code: t.code,
      province: t.name,
      province_en: t.en,
      abbr: t.abbr,
      col: t.col,
      row: t.row,
      regions: names.length,
      list: here.map((p) => `${p.region} ${p.year_label} ${p.shown}`).join('；'),
      list_en: here.map((p) => `${p.region_en} ${p.year_label_en} ${p.shown}`).join('; '),
    };
  });
  const shaded = rows.filter((r) => r.regions > 0);
  return {
    id: `${s.chartId}-map`,
    kind: 'series-map',
    title: { zh: `${s.title.zh}：各省份`, en: `${s.title.en}: by province` },
    subtitle: {
      zh: '每格一个省级行政区，着色的省份有本系列的数字，格中数字为报告的地区数。',
      en: 'One tile per province; shaded provinces have figures of this series, the number is how many regions report.',
    },
    source: SITE_SOURCE,
    alt: {
      zh: `本系列的数字来自${shaded.length}个省份：${shaded.map((r) => `${r.province}（${r.list}）`).join('，')}。`,
      en: `Figures of this series come from ${shaded.length} province(s): ${shaded.map((r) => `${r.province_en} (${r.list_en})`).join(', ')}.`,
    },
    page: urls.series(s.indicator, s.slug),
    rows,
    columns: [
      { key: 'province', zh: '省份', en: 'Province' },
      { key: 'regions', zh: '地区数', en: 'Regions' },
      { key: 'list', zh: '数字', en: 'Figures' },
    ],
    plot: (data, { lang, width }) => {
      const cell = Math.min(48, Math.floor((width - 8) / GRID_COLS));
      return {
        width: cell * GRID_COLS + 8,
        height: cell * GRID_ROWS + 8,
        margin: 4,
        x: { type: 'band', domain: Array.from({ length: GRID_COLS }, (_, i) => i), axis: null, padding: 0.08 },
        y: { type: 'band', domain: Array.from({ length: GRID_ROWS }, (_, i) => i), axis: null, padding: 0.08 },
        color: { type: 'identity' },
        marks: [
          Plot.cell(
            data.filter((r) => r.regions === 0),
            { x: 'col', y: 'row', fill: color('seq-0') },
          ),
          Plot.cell(
            data.filter((r) => r.regions > 0),
            {
              x: 'col',
              y: 'row',
              fill: color('seq-3'),
              title: (r: TileRow) => (lang === 'zh' ? `${r.province}：${r.list}` : `${r.province_en}: ${r.list_en}`),
            },
          ),
          Plot.text(data, {
            x: 'col',
            y: 'row',
            text: (r: TileRow) => (r.regions > 0 ? `${r.abbr}\n${r.regions}` : r.abbr),
            fill: (r: TileRow) => color(r.regions > 0 ? 'seq-ink-3' : 'muted'),
            fontSize: 11,
            lineHeight: 1.1,
            ariaHidden: 'true',
          }),
        ],
      };
    },
  };
}
