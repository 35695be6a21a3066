// A report is indexed as a few "parts": part 0 is its title line (title,
// region, year), parts 1.. are consecutive stretches of ~partChars characters
// of body, whole paragraphs each. A query's terms must meet inside one part,
// and a result downloads only the parts it shows — not the whole report.
import type { PartFile, SearchParagraph, SearchReport } from './types.ts';

/** Number of body parts for a report of `chars` characters, at most `maxParts`. */
export function bodyPartCount(chars: number, partChars: number, maxParts: number): number {
  return Math.max(1, Math.min(maxParts, Math.round(chars / partChars)));
}

/**
 * Splits paragraphs into `count` parts of roughly equal length, in order:
 * a paragraph goes to the part its midpoint falls in. Parts may be empty.
 */
export function splitParts(paragraphs: SearchParagraph[], count: number): SearchParagraph[][] {
  const parts: SearchParagraph[][] = Array.from({ length: count }, () => []);
  const total = paragraphs.reduce((s, p) => s + p.text.length, 0) || 1;
  let before = 0;
  for (const p of paragraphs) {
    const k = Math.min(count - 1, Math.floor(((before + p.text.length / 2) / total) * count));
    const part = parts[k];
    if (!part) throw new Error(`splitParts: paragraph ${p.n} falls in part ${k} of ${count}`);
    part.push(p);
    before += p.text.length;
  }
  return parts;
}

/** The text part 0 is indexed under: what a reader would type to find the report itself. */
export function headText(r: SearchReport): string {
  return [r.title, r.region, `${r.year}年`, ...(r.names ?? [])].filter(Boolean).join(' ');
}

export function reportChars(r: SearchReport): number {
  return r.paragraphs.reduce((s, p) => s + p.text.length, 0);
}

/** partsPerReport for a corpus: room for the 90th-percentile report's body plus the head. */
export function partsPerReport(reports: SearchReport[], partChars: number, cap = 31): number {
  const sizes = reports.map(reportChars).sort((a, b) => a - b);
  const p90 = sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * 0.9))];
  if (p90 === undefined) return 2; // no reports
  return 1 + Math.max(1, Math.min(cap, Math.ceil(p90 / partChars)));
}

/**
 * A part as stored: a JSON array, no keys for the fields every part has — a
 * part is fetched for every result shown, so its bytes count. Optional
 * fields (year_reliable, names, …) ride along in a trailing object.
 */
type StoredPart = [
  id: string,
  title: string,
  region: string,
  year: number,
  doc_type: string,
  paras: PartFile['paras'],
  rest?: Partial<PartFile>,
];

export function encodePart(f: PartFile): string {
  const { id, title, region, year, doc_type, paras, ...rest } = f;
  const stored: StoredPart = [id, title, region, year, doc_type, paras];
  if (Object.keys(rest).length) stored.push(rest);
  return JSON.stringify(stored);
}

export function decodePart(json: string): PartFile {
  const [id, title, region, year, doc_type, paras, rest] = JSON.parse(json) as StoredPart;
  return { ...rest, id, title, region, year, doc_type, paras };
}
