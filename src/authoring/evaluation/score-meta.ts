// Scoring a draft's metadata against what a curator would accept (the
// unseen development set's <case>.meta.json): field by field, so the eval can
// say which guess goes wrong, and whether a region or a year is stated wrongly
// (worse than left open).
import type { Draft } from '../ingest/draft.ts';

export interface GoldMeta {
  /** The source's title; empty (with title_basis inferred) when the source has none. */
  title: string;
  /** `inferred` when the source gives no title: the draft must say its title is inferred (absent: stated). */
  title_basis?: 'stated' | 'inferred';
  region: string | null;
  basis: 'stated' | 'inferred' | 'unknown';
  /** Empty when the text gives no year: the draft must then not call its year reliable. */
  years: number[];
  year_reliable: boolean;
  type: string;
  period: string;
  /** Chrome that must not be left in the body. */
  chrome: string[];
}

export const META_FIELDS = ['title', 'region', 'basis', 'years', 'year_reliable', 'type', 'period'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaScore {
  fields: Record<MetaField, boolean>;
  /** The draft names a region and it is not the gold one. */
  wrongRegion: boolean;
  /** The gold region is named by the text and the draft found it. */
  regionFound: boolean | null;
  /** The year is a placeholder or masked, and the draft says reliable. */
  placeholderReliable: boolean;
  chromeLeft: string[];
  /** What the draft said, for the verbose listing. */
  got: Record<MetaField, string>;
}

export function parseGoldMeta(text: string, file: string): GoldMeta {
  const gold = JSON.parse(text) as GoldMeta;
  for (const k of [...META_FIELDS, 'chrome'] as const) {
    if (!(k in gold)) throw new Error(`${file}: field "${k}" missing`);
  }
  return gold;
}

const sameYears = (a: number[], b: number[]) => a.length === b.length && a.every((y, i) => y === b[i]);

/**
 * A title is right when the draft says how it knows it as the gold does: the
 * source's own title, word for word; or, for a source without one, a title
 * marked inferred (word for word too when the gold gives the expected words).
 */
function titleRight(m: Draft['meta'], gold: GoldMeta): boolean {
  const basis = m.title_basis ?? 'stated';
  if (basis !== (gold.title_basis ?? 'stated')) return false;
  return basis === 'inferred' && gold.title === '' ? true : m.title === gold.title;
}

export function scoreMeta(draft: Draft, gold: GoldMeta): MetaScore {
  const m = draft.meta;
  const code = m.region.code ?? null;
  const years = gold.years.length ? sameYears(m.years, gold.years) : !m.year_reliable;
  const fields: Record<MetaField, boolean> = {
    title: titleRight(m, gold),
    region: code === gold.region,
    basis: m.region_basis === gold.basis,
    years,
    year_reliable: m.year_reliable === gold.year_reliable,
    type: m.doc_type === gold.type,
    period: m.period === gold.period,
  };
  const got: Record<MetaField, string> = {
    title: `${m.title}${m.title_basis === 'inferred' ? ' (inferred)' : ''}`,
    region: String(code),
    basis: m.region_basis,
    years: m.years.join('+'),
    year_reliable: String(m.year_reliable),
    type: m.doc_type,
    period: m.period,
  };
  return {
    fields,
    wrongRegion: code !== null && code !== gold.region,
    regionFound: gold.region === null ? null : code === gold.region,
    placeholderReliable: gold.years.length === 0 && m.year_reliable,
    chromeLeft: gold.chrome.filter((c) => draft.body.includes(c)),
    got,
  };
}
