// Which charts each page shows, picked from the one registry of chart
// definitions (src/charts), built once per build.
import { drawnCharts } from '../charts/registry.ts';
import { retiredCharts, subjectPage, type RetiredChart } from '../charts/published.ts';
import type { ChartDef } from '../charts/types.ts';
import type { Dataset } from '../pipeline/types.ts';

interface Registry {
  all: ChartDef[];
  byId: Map<string, ChartDef>;
  /** Published ids this build no longer draws, each leading to the chart that shows its figures now. */
  retired: RetiredChart[];
}
const registries = new WeakMap<Dataset, Registry>();

function registry(ds: Dataset): Registry {
  let r = registries.get(ds);
  if (!r) {
    const all = drawnCharts(ds);
    const { retired } = retiredCharts(ds.published.charts, all, (id) => subjectPage(ds, id));
    r = { all, byId: new Map(all.map((c) => [c.id, c])), retired };
    registries.set(ds, r);
  }
  return r;
}

const pick = (ds: Dataset, ids: string[]): ChartDef[] =>
  ids.map((id) => registry(ds).byId.get(id)).filter((c): c is ChartDef => c !== undefined);

export const allCharts = (ds: Dataset): ChartDef[] => registry(ds).all;
/** Published chart ids no longer drawn: their addresses show where the figures are now. */
export const retiredChartIds = (ds: Dataset): RetiredChart[] => registry(ds).retired;
export const chartById = (ds: Dataset, id: string): ChartDef | undefined => registry(ds).byId.get(id);
/** The corpus charts on home (after its results chart); the theme heatmap, ~1,000 elements, is linked to, not drawn there. */
export const homeCharts = (ds: Dataset) => pick(ds, ['home-province-map', 'home-timeline']);
export const reportCharts = (ds: Dataset, id: string) =>
  pick(ds, [`report-${id}-themes`, `report-${id}-figures`, `report-${id}-targets`]);
export const regionCharts = (ds: Dataset, code: string) => pick(ds, [`region-${code}-figures`]);
export const indicatorCharts = (ds: Dataset, id: string) => pick(ds, [`indicator-${id}-dots`]);
export const themeCharts = (ds: Dataset, id: string) => pick(ds, [`theme-${id}-reports`]);
