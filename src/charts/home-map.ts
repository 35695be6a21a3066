// home-province-map: reports per province on the tile-grid map.
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../pipeline/types.ts';
import type { ChartDef, LegendItem } from './types.ts';
import { color } from './palette.ts';
import { countBins, stepOf } from './bins.ts';
import { reportLabels } from './labels.ts';
import { SITE_SOURCE } from '../words/source-words.ts';
import { GRID_COLS, GRID_ROWS, TILE_GRID, provinceOf } from './tile-grid.ts';
import { MAX_NAMED_REPORTS } from './limits.ts';
import { urls } from '../core/urls.ts';

export type ProvinceRow = {
  code: string;
  province: string;
  province_en: string;
  reports: number | null;
  report_list: string;
  abbr: string;
  alpha: string;
  col: number;
  row: number;
  step: number;
  /** Where a tile leads: its one region's page, else the regions list; none without reports. */
  href: string | null;
};

const UNIT = { zh: '份', en: 'reports' };

export function provinceMapChart(ds: Dataset): ChartDef<ProvinceRow> {
  const labels = reportLabels(ds);
  const byProvince = new Map<string, string[]>();
  const regionsOf = new Map<string, Set<string>>();
  let unknown = 0;
  for (const r of ds.reports) {
    const code = r.meta.region.code;
    if (code === null) {
      unknown++;
      continue;
    }
    const list = byProvince.get(provinceOf(code)) ?? [];
    list.push(r.meta.id);
    regionsOf.set(provinceOf(code), (regionsOf.get(provinceOf(code)) ?? new Set()).add(code));
    byProvince.set(provinceOf(code), list);
  }
  const max = Math.max(0, ...[...byProvince.values()].map((l) => l.length));
  const bins = countBins(max, UNIT);
  const rows: ProvinceRow[] = TILE_GRID.map((t) => {
    const ids = byProvince.get(t.code) ?? [];
    const [onlyRegion, ...otherRegions] = regionsOf.get(t.code) ?? [];
    return {
      code: t.code,
      province: t.name,
      province_en: t.en,
      reports: t.mainland ? ids.length : null,
      // Named up to MAX_NAMED_REPORTS, then counted: the home page stays one size at 10,000 reports.
      report_list:
        ids
          .slice(0, MAX_NAMED_REPORTS)
          .map((id) => labels.get(id)?.zh ?? id)
          .join('、') + (ids.length > MAX_NAMED_REPORTS ? `等${ids.length}份` : ''),
      abbr: t.abbr,
      alpha: t.alpha,
      col: t.col,
      row: t.row,
      step: t.mainland ? stepOf(ids.length, bins) : -1,
      href:
        ids.length === 0
          ? null
          : onlyRegion !== undefined && otherRegions.length === 0
            ? urls.region(onlyRegion)
            : urls.regions(),
    };
  }).sort((a, b) => (b.reports ?? -1) - (a.reports ?? -1) || a.code.localeCompare(b.code));

  const covered = rows.filter((r) => (r.reports ?? 0) > 0);
  const listZh = covered.map((r) => `${r.province}${r.reports}份`).join('，');
  const listEn = covered.map((r) => `${r.province_en} ${r.reports}`).join(', ');
  const unknownZh = unknown ? `；另有${unknown}份报告地区不明，未计入地图` : '';
  const unknownEn = unknown ? `; ${unknown} report(s) of unidentified region are not on the map` : '';
  const legend: LegendItem[] = [
    { label: { zh: '0 份', en: '0 reports' }, color: 'seq-0' },
    ...bins.map((b) => ({ label: b.label, color: `seq-${b.step}` })),
    { label: { zh: '港澳台（未收录）', en: 'HK, Macao, Taiwan (not collected)' }, color: 'muted', hollow: true },
  ];

  return {
    id: 'home-province-map',
    kind: 'tile-map',
    title: { zh: '报告来自哪些省份', en: 'Where the reports come from' },
    subtitle: {
      zh: `每个方块代表一个省级行政区，颜色越深、收录的报告越多${unknownZh}。`,
      en: `One square per province-level division; darker means more reports collected${unknownEn}.`,
    },
    source: SITE_SOURCE,
    alt: {
      zh: `中国省份方块地图：共${ds.reports.length}份报告，来自${covered.length}个省份（${listZh}）${unknownZh}。`,
      en: `Tile map of China's provinces: ${ds.reports.length} reports from ${covered.length} provinces (${listEn})${unknownEn}.`,
    },
    page: urls.home(),
    rows,
    columns: [
      { key: 'province', zh: '省份', en: 'Province' },
      { key: 'code', zh: '代码', en: 'Code' },
      { key: 'reports', zh: '报告数', en: 'Reports' },
      { key: 'report_list', zh: '报告', en: 'Reports listed' },
    ],
    legend,
    plot(data, { lang, width }) {
      const margin = 4;
      // Tiles stop growing at 64 px; a wide map is centred instead.
      const tile = Math.min(64, (width - 2 * margin) / GRID_COLS);
      const side = Math.max(margin, (width - tile * GRID_COLS) / 2);
      const mainland = data.filter((d) => d.step >= 0);
      const others = data.filter((d) => d.step < 0);
      const big = tile >= 44;
      const tip = (d: ProvinceRow) =>
        d.reports === null
          ? lang === 'zh'
            ? `${d.province}：不在收录范围`
            : `${d.province_en}: not collected`
          : lang === 'zh'
            ? `${d.province}：${d.reports} 份报告${d.report_list ? `（${d.report_list}）` : ''}`
            : `${d.province_en}: ${d.reports} report${d.reports === 1 ? '' : 's'}`;
      const xy = { x: 'col', y: 'row' } as const;
      return {
        height: Math.round(tile * GRID_ROWS + 2 * margin),
        marginTop: margin,
        marginBottom: margin,
        marginLeft: side,
        marginRight: side,
        x: { type: 'band', domain: [...Array(GRID_COLS).keys()], axis: null, padding: 0 },
        y: { type: 'band', domain: [...Array(GRID_ROWS).keys()], axis: null, padding: 0 },
        color: { type: 'identity' },
        marks: [
          Plot.cell(mainland, {
            ...xy,
            inset: 2,
            rx: 4,
            fill: (d: ProvinceRow) => color(`seq-${d.step}`),
            title: tip,
            href: 'href',
          }),
          Plot.cell(others, {
            ...xy,
            inset: 2,
            rx: 4,
            fill: 'none',
            stroke: color('muted'),
            strokeDasharray: '3,3',
            title: tip,
          }),
          Plot.text(data, {
            ...xy,
            text: (d: ProvinceRow) => (lang === 'zh' ? d.abbr : d.alpha),
            dy: big ? -7 : -5,
            fontSize: big ? 15 : 12,
            fontWeight: 600,
            fill: (d: ProvinceRow) => color(d.step < 0 ? 'muted' : `seq-ink-${d.step}`),
            ariaHidden: 'true',
          }),
          Plot.text(
            data.filter((d) => (d.reports ?? 0) > 0),
            {
              ...xy,
              text: (d: ProvinceRow) => String(d.reports),
              dy: big ? 10 : 8,
              fontSize: big ? 12 : 10,
              fill: (d: ProvinceRow) => color(`seq-ink-${d.step}`),
              ariaHidden: 'true',
            },
          ),
        ],
      };
    },
  };
}
