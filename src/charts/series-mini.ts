// A series in miniature, for a list of series (the indicator page, home): its
// values as dots on one value axis from zero (a rank: places, first at the
// left), or a line per region over the years where a region has two. A few
// elements, no text but the axis ends, no tooltips: the entry's words and
// the series view carry the rest. Built as a string; colours are the chart
// tokens' classes, so it follows the page's light or dark scheme.
import { escapeXml, symbolPath } from './legend.ts';
import { KIND_STYLE, tokenOf } from './palette.ts';
import type { SeriesPoint } from './series-value.ts';
import { seriesYears } from './series-value.ts';
import { widest } from './text.ts';

const W = 240;
const H = 34;
const PAD = 8;

const round = (n: number) => String(Math.round(n * 10) / 10);
/** The axis end as a reader writes it: 930家, 1.2万家, 3429亿元 (34,290,000 万元), never an exponent. */
export function axisAmount(n: number, units: string): string {
  const unit = units.length <= 3 ? units : '';
  if (Math.abs(n) >= 1e4 && unit.startsWith('万')) return `${round(n / 1e4)}亿${unit.slice(1)}`;
  if (Math.abs(n) >= 1e8) return `${round(n / 1e8)}亿${unit}`;
  if (Math.abs(n) >= 1e4) return `${round(n / 1e4)}万${unit}`;
  return `${round(n)}${unit}`;
}

/** The mini chart as an SVG string (role img, labelled by `label`). */
export function seriesMiniSvg(points: readonly SeriesPoint[], units: string, label: string): string {
  const shown = points.filter((p): p is SeriesPoint & { value: number } => !p.masked && p.value !== null);
  const rank = points.some((p) => p.rank);
  const values = shown.map((p) => p.value);
  const lo = rank ? 1 : Math.min(0, ...values);
  const hi = Math.max(lo + 1, ...values);
  const parts: string[] = [];
  const token = (p: SeriesPoint) => KIND_STYLE[p.kind as keyof typeof KIND_STYLE].token;
  const mark = (p: SeriesPoint, x: number, y: number) => {
    const t = token(p);
    const fill = p.year_reliable
      ? `fill="${tokenOf(t).light}" class="atlas-fill-${t}"`
      : `fill="none" stroke="${tokenOf(t).light}" stroke-width="1.5" class="atlas-stroke-${t}"`;
    return `<path transform="translate(${x.toFixed(1)},${y.toFixed(1)})" d="${symbolPath(KIND_STYLE[p.kind as keyof typeof KIND_STYLE].symbol, 3.5)}" ${fill}/>`;
  };
  if (seriesYears(points).multiYearRegions > 0 && !rank) {
    const years = shown.map((p) => p.year);
    const [y0, y1] = [Math.min(...years), Math.max(...years)];
    const sx = (yr: number) => PAD + ((yr - y0) / Math.max(1, y1 - y0)) * (W - 2 * PAD - 40);
    const sy = (v: number) => H - 6 - ((v - lo) / (hi - lo)) * (H - 12);
    const byRegion = new Map<string, (typeof shown)[number][]>();
    for (const p of shown) byRegion.set(p.region_key, [...(byRegion.get(p.region_key) ?? []), p]);
    for (const ps of byRegion.values()) {
      const [first] = ps;
      if (first && ps.length > 1)
        parts.push(
          `<polyline points="${ps.map((p) => `${sx(p.year).toFixed(1)},${sy(p.value).toFixed(1)}`).join(' ')}" fill="none" stroke="${tokenOf(token(first)).light}" stroke-width="1.5" class="atlas-stroke-${token(first)}"/>`,
        );
      for (const p of ps) parts.push(mark(p, sx(p.year), sy(p.value)));
    }
    parts.push(
      `<text x="${W - 4}" y="${H / 2 + 4}" text-anchor="end" font-size="10" class="atlas-fill-muted" fill="${tokenOf('muted').light}">${y0}–${y1}</text>`,
    );
  } else {
    const end = rank ? `第${hi}` : axisAmount(hi, units);
    const axisText = rank ? `第1…${end}` : `${round(lo)}…${end}`;
    // The line stops short of the axis text, however long (0…3429亿元), so no mark sits on it.
    const right = W - 4 - widest([axisText], 10) - 8;
    const sx = (v: number) => PAD + ((v - lo) / (hi - lo)) * (right - PAD);
    const y = H / 2;
    parts.push(
      `<line x1="${PAD}" x2="${right}" y1="${y}" y2="${y}" stroke="${tokenOf('rule').light}" class="atlas-stroke-rule"/>`,
    );
    for (const p of shown) parts.push(mark(p, sx(p.value), y));
    const masked = points.length - shown.length;
    if (masked > 0)
      parts.push(
        `<rect x="${PAD - 4}" y="${y + 6}" width="8" height="6" fill="${tokenOf('hatch').light}" class="atlas-fill-hatch"/>`,
      );
    parts.push(
      `<text x="${W - 4}" y="${y + 4}" text-anchor="end" font-size="10" class="atlas-fill-muted" fill="${tokenOf('muted').light}">${escapeXml(axisText)}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="atlas-mini" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(label)}">${parts.join('')}</svg>`;
}
