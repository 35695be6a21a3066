// Regions picked in a series chart: the address names them (?region=a,b),
// the build-time SVG marks each region's marks with `atlas-region-<key>`
// (src/charts/series-value.ts), and a pick highlights those and fades the
// rest, on the series view and on an embed of it alike.
export const PICKED = 'is-picked';
const PREFIX = 'atlas-region-';

/** The region keys an address names: `?region=320381,330200` (codes, or `unknown`). */
export function parseRegions(search: string): string[] {
  const raw = new URLSearchParams(search).get('region') ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^(?:\d{6}|unknown)$/.test(s)),
    ),
  ];
}

/** Highlights the picked regions' marks in every chart under `root` (none picked: all shown alike). */
export function applyPicks(root: ParentNode, keys: readonly string[]): void {
  const picked = new Set(keys);
  for (const fig of root.querySelectorAll('.atlas-figure')) fig.toggleAttribute('data-picked', picked.size > 0);
  for (const g of root.querySelectorAll('svg .atlas-region')) {
    const key = [...g.classList].find((c) => c.startsWith(PREFIX))?.slice(PREFIX.length) ?? '';
    g.classList.toggle(PICKED, picked.has(key));
  }
}
