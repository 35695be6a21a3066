// Which charts each page shows, picked from the one registry of chart
// definitions (src/charts), built once per build.
import { chartsForDataset } from '../charts/registry.ts';
import type { ChartDef } from '../charts/types.ts';
import type { Dataset } from '../pipeline/types.ts';

/**
 * A chart worth drawing shows at least one value: a chart whose every row is a
 * masked figure is a wall of hatching, so it is neither drawn, embedded nor
 * offered for download (the report page counts its masked figures instead).
 */
export function showsAValue(def: Pick<ChartDef, 'rows'>): boolean {
  return def.rows.some((row) => row.masked !== true);
}

let memo: { ds: Dataset; byId: Map<string, ChartDef>; all: ChartDef[] } | undefined;

function registry(ds: Dataset) {
  if (memo?.ds !== ds) {
    const all = (chartsForDataset(ds) as ChartDef[]).filter(showsAValue);
    memo = { ds, all, byId: new Map(all.map((c) => [c.id, c])) };
  }
  return memo;
}

const pick = (ds: Dataset, ids: string[]): ChartDef[] =>
  ids.map((id) => registry(ds).byId.get(id)).filter((c): c is ChartDef => c !== undefined);

export const allCharts = (ds: Dataset): ChartDef[] => registry(ds).all;
export const chartById = (ds: Dataset, id: string): ChartDef | undefined => registry(ds).byId.get(id);
export const homeCharts = (ds: Dataset) => pick(ds, ['home-province-map', 'home-timeline', 'home-theme-heatmap']);
export const reportCharts = (ds: Dataset, id: string) =>
  pick(ds, [`report-${id}-themes`, `report-${id}-figures`, `report-${id}-targets`]);
export const regionCharts = (ds: Dataset, code: string) => pick(ds, [`region-${code}-figures`]);
export const indicatorCharts = (ds: Dataset, id: string) => pick(ds, [`indicator-${id}-dots`]);
export const themeCharts = (ds: Dataset, id: string) => pick(ds, [`theme-${id}-reports`]);
