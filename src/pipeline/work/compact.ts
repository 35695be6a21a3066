// A report's work as the build holds it, in less memory: work read from the
// cache or a worker thread arrives with every string its own copy, so a
// paragraph's and a sentence's text become slices of the report's body
// again (V8 keeps a slice as a pointer into the body), and the short
// strings repeated across reports — ids, units, labels, keywords, theme and
// instrument names, the quoted sentence of figures in one sentence — are
// shared. The values are equal to what came in: only their copies go.
import type { Figure } from '../types.ts';
import type { ReportWork } from './report-work.ts';

/** Strings up to this long are shared through the pool (longer ones are sentences, rarely repeated across reports). */
const SHORT = 40;

export type StringPool = Map<string, string>;

function shared(pool: StringPool, s: string): string {
  const hit = pool.get(s);
  if (hit !== undefined) return hit;
  pool.set(s, s);
  return s;
}

/** The body's own slice when it reads the same, else the text as it was. */
function slice(body: string, start: number, end: number, text: string): string {
  const cut = body.slice(start, end);
  return cut === text ? cut : text;
}

function compactFigure(f: Figure, pool: StringPool, quotes: StringPool): void {
  const record = f as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'string' && v.length <= SHORT) record[k] = shared(pool, v);
  }
  f.sentence = shared(quotes, f.sentence);
  f.measure_basis = f.measure_basis.map((w) => shared(pool, w));
}

/** The same work in less memory (in place); `pool` shares short strings across every report of a build. */
export function compactWork(work: ReportWork, pool: StringPool): ReportWork {
  const body = work.report.body;
  const id = shared(pool, work.report.meta.id);
  for (const p of work.paragraphs) {
    p.report = id;
    p.text = slice(body, p.start, p.end, p.text);
  }
  for (const s of work.sentences) {
    s.report = id;
    s.text = slice(body, s.start, s.end, s.text);
  }
  const quotes: StringPool = new Map();
  for (const f of work.figures) compactFigure(f, pool, quotes);
  for (const [, hits] of work.paragraphThemes)
    for (const h of hits) {
      h.theme = shared(pool, h.theme);
      h.keywords = h.keywords.map((k) => shared(pool, k));
    }
  for (const [, hits] of work.sentenceInstruments)
    for (const h of hits) {
      h.instrument = shared(pool, h.instrument);
      h.keywords = h.keywords.map((k) => shared(pool, k));
    }
  for (const t of work.reportThemes) {
    t.report = id;
    t.theme = shared(pool, t.theme);
  }
  for (const t of work.reportInstruments) {
    t.report = id;
    t.instrument = shared(pool, t.instrument);
  }
  return work;
}
