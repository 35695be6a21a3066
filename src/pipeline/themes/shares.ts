// Report-level summaries of the paragraph and sentence tags: how much of a
// report's text is about each theme, and how often each instrument is used.
import {
  GAP_MARK,
  type InstrumentHit,
  type ReportInstrument,
  type ReportTheme,
  type ThemeDef,
  type ThemeHit,
} from '../types.ts';

export interface ParagraphText {
  report: string;
  n: number;
  text: string;
  kind?: string;
}

export interface SentenceRef {
  report: string;
  n: number;
}

/** Characters a reader sees: code points, whitespace excluded. */
export function visibleChars(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

/**
 * Splits `total` whole characters among weights by largest remainder, so the
 * parts are integers that add up to exactly `total`.
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  // The largest remainders take one more each, while any is left.
  const more = new Set<number>();
  for (const { i } of order) {
    if (left <= 0) break;
    more.add(i);
    left -= 1;
  }
  return parts.map((p, i) => (more.has(i) ? p + 1 : p));
}

/**
 * One row per report and theme (zeros included, themes in lexicon order).
 * A paragraph's characters are divided among its themes in proportion to the
 * number of distinct keywords each fired; untagged text belongs to no theme,
 * so a report's shares add up to at most 1. Gap markers are not text.
 */
export function reportThemeShares(
  paragraphs: ParagraphText[],
  hits: Map<string, ThemeHit[]>,
  themes: readonly ThemeDef[],
): ReportTheme[] {
  const reports = new Map<string, { total: number; chars: Map<string, number>; paragraphs: Map<string, number> }>();
  for (const p of paragraphs) {
    const entry = reports.get(p.report) ?? { total: 0, chars: new Map(), paragraphs: new Map() };
    reports.set(p.report, entry);
    if (p.kind === 'gap' || p.text.trim() === GAP_MARK) continue;
    const size = visibleChars(p.text);
    entry.total += size;
    const tagged = hits.get(`${p.report}#${p.n}`) ?? [];
    const parts = apportion(
      size,
      tagged.map((h) => h.keywords.length),
    );
    tagged.forEach((h, i) => {
      entry.chars.set(h.theme, (entry.chars.get(h.theme) ?? 0) + parts[i]);
      entry.paragraphs.set(h.theme, (entry.paragraphs.get(h.theme) ?? 0) + 1);
    });
  }
  const rows: ReportTheme[] = [];
  for (const [report, entry] of reports) {
    for (const t of themes) {
      const chars = entry.chars.get(t.id) ?? 0;
      rows.push({
        report,
        theme: t.id,
        chars,
        share: entry.total > 0 ? chars / entry.total : 0,
        paragraphs: entry.paragraphs.get(t.id) ?? 0,
      });
    }
  }
  return rows;
}

/**
 * Sentences per report and instrument (instruments that occur only), most
 * used first. The example is the sentence where the instrument fired the most
 * distinct keywords (the earliest on a tie): the clearest case to show.
 */
export function reportInstrumentCounts(
  sentences: SentenceRef[],
  hits: Map<string, InstrumentHit[]>,
): ReportInstrument[] {
  // Report order by lookup, not indexOf: a scan per comparison made this quadratic in the corpus.
  const reportOrder = new Map<string, number>();
  const counts = new Map<
    string,
    { report: string; reportRank: number; instrument: string; mentions: number; best: number; bestKeywords: number }
  >();
  for (const s of sentences) {
    // Reports rank in the order they first appear.
    const reportRank = reportOrder.get(s.report) ?? reportOrder.size;
    reportOrder.set(s.report, reportRank);
    for (const h of hits.get(`${s.report}#${s.n}`) ?? []) {
      const key = `${s.report}\u0000${h.instrument}`;
      const entry = counts.get(key);
      if (!entry) {
        counts.set(key, {
          report: s.report,
          reportRank,
          instrument: h.instrument,
          mentions: 1,
          best: s.n,
          bestKeywords: h.keywords.length,
        });
        continue;
      }
      entry.mentions += 1;
      if (h.keywords.length > entry.bestKeywords || (h.keywords.length === entry.bestKeywords && s.n < entry.best)) {
        entry.best = s.n;
        entry.bestKeywords = h.keywords.length;
      }
    }
  }
  // Entries in the order first seen (a Map keeps it), then sorted.
  return [...counts.values()]
    .sort((a, b) => a.reportRank - b.reportRank || b.mentions - a.mentions || a.instrument.localeCompare(b.instrument))
    .map((e) => ({ report: e.report, instrument: e.instrument, mentions: e.mentions, example_sentence: e.best }));
}
