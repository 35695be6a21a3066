// On the first page of a report shown over several pages: an anchor of a
// later page (#p-4000 from a permalink, #f-n from a chart or a search result)
// is not on this page, so the reader is sent to the page that holds it. The
// map is the page's data-report-parts attribute (src/lib/report-parts.ts).

type Ranges = [number, number][];
interface PartEntry {
  href: string;
  p: Ranges;
  s: Ranges;
  f: Ranges;
}

const ANCHOR = /^#([psf])-(\d+)$/;

/** The page holding `hash`, when this page lacks it; null when it is here or nowhere known. */
export function partFor(hash: string, parts: readonly PartEntry[], has: (id: string) => boolean): string | null {
  const m = ANCHOR.exec(hash);
  if (!m || has(hash.slice(1))) return null;
  const n = Number(m[2]);
  const kind = m[1] as 'p' | 's' | 'f';
  const part = parts.find((entry) => entry[kind].some(([a, b]) => n >= a && n <= b));
  return part ? `${part.href}${hash}` : null;
}

export function followPartAnchors(): void {
  const holder = document.querySelector<HTMLElement>('[data-report-parts]');
  if (!holder) return;
  let parts: PartEntry[];
  try {
    parts = JSON.parse(holder.dataset.reportParts ?? '[]') as PartEntry[];
  } catch {
    return;
  }
  const go = () => {
    const target = partFor(location.hash, parts, (id) => document.getElementById(id) !== null);
    if (target) location.replace(target);
  };
  go();
  window.addEventListener('hashchange', go);
}
