// An indicator's series: its figures split by what exactly they count
// (measure × scope × kind × unit family), each with its names, its chart id
// and its order on the page. Built once per dataset.
import type { Dataset, Figure } from '../pipeline/types.ts';
import type { MeasureDef } from '../pipeline/types.ts';
import { measureHeader, seriesOf, seriesOrder, seriesSlug, seriesTitle, seriesUnits } from './series.ts';
import type { Bilingual } from './types.ts';

export interface IndicatorSeries {
  /** The pipeline's series key. */
  key: string;
  indicator: string;
  /** The series' own chart: `indicator-<id>-<slug>-dots`. */
  chartId: string;
  /** `<measure>[-<scope>][-<kind>]` (in full when two series share the short form): its address under the indicator. */
  slug: string;
  figures: Figure[];
  /** "高新技术企业 · 存量（累计/有效）" */
  title: Bilingual;
  /** "存量（累计/有效）（家）": the measure and its units, for a group header under the indicator. */
  header: Bilingual;
  /** Normalised units of its figures, e.g. 家 or 万元. */
  units: string;
  measure: MeasureDef | null;
  /** At least one figure with a value: a chart of redacted blocks only is not drawn. */
  drawable: boolean;
}

const memo = new WeakMap<Dataset, Map<string, IndicatorSeries[]>>();

export function hasValue(figures: Pick<Figure, 'masked' | 'value_norm'>[]): boolean {
  return figures.some((f) => !f.masked && f.value_norm !== null);
}

function build(ds: Dataset, indicator: string): IndicatorSeries[] {
  const { measures } = ds;
  // A group is made with its first figure: never empty.
  const groups = new Map<string, [Figure, ...Figure[]]>();
  for (const f of ds.index.seriesFiguresByIndicator.get(indicator) ?? []) {
    const key = seriesOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const sorted = [...groups].sort(
    ([ka, a], [kb, b]) => seriesOrder(ds, a[0]) - seriesOrder(ds, b[0]) || ka.localeCompare(kb),
  );
  const slugs = sorted.map(([, figs]) => seriesSlug(figs[0]));
  return sorted.map(([key, figures]) => {
    const f = figures[0];
    const short = seriesSlug(f);
    // Two series the short slug does not tell apart (家 and 万元 of one measure) are named in full.
    const slug = slugs.filter((s) => s === short).length > 1 ? seriesSlug(f, true) : short;
    return {
      key,
      indicator,
      chartId: `indicator-${indicator}-${slug}-dots`,
      slug,
      figures,
      title: seriesTitle(ds, f),
      header: measureHeader(f, seriesUnits(figures), ds),
      units: seriesUnits(figures),
      measure: measures.find((d) => d.id === f.measure) ?? null,
      drawable: hasValue(figures),
    };
  });
}

export function indicatorSeries(ds: Dataset, indicator: string): IndicatorSeries[] {
  let byIndicator = memo.get(ds);
  if (!byIndicator) memo.set(ds, (byIndicator = new Map()));
  let found = byIndicator.get(indicator);
  if (!found) byIndicator.set(indicator, (found = build(ds, indicator)));
  return found;
}
