// A draft report: frontmatter guessed by the ingest (for a curator to review)
// plus the cleaned body, and its rendering as a Markdown file.
import yaml from 'js-yaml';
import { YEARS_AFTER_PUBLISHED, YEARS_BEFORE_PUBLISHED, type ReportMeta } from '../../pipeline/schema.ts';
import { GAP_MARK, GARBLED_OPEN } from '../../pipeline/types.ts';
import type { PageMeta } from './chrome.ts';
import type { TypeGuess } from './classify.ts';
import type { Level } from './gb2260.ts';
import type { RegionGuess } from './region.ts';
import type { YearGuess } from './year.ts';

export interface Draft {
  id: string;
  meta: ReportMeta;
  body: string;
  /** Everything a curator should look at, in plain words. */
  warnings: string[];
}

/** Masked figures: runs of `*` (`**家`, `***万元`). */
export function countMaskedRuns(text: string): number {
  return text.match(/\*+/g)?.length ?? 0;
}

export function countGaps(body: string): number {
  return body.split('\n\n').filter((p) => p.trim() === GAP_MARK).length;
}

export function countGarbled(body: string): number {
  return body.split(GARBLED_OPEN).length - 1;
}

const LEVEL_ZH: Record<Level, string> = { province: '省', city: '市', district: '区', county: '县' };

export interface DraftInput {
  id: string;
  title: string;
  /** The source gives the title, or it was composed (the source has none). */
  titleBasis: 'stated' | 'inferred';
  body: string;
  rawFile: string;
  part: number;
  parts: number;
  page: PageMeta;
  region: RegionGuess;
  level: Level | null;
  years: YearGuess;
  type: TypeGuess;
  convertedTraditional: boolean;
  warnings: string[];
}

const BUREAU =
  '(?:科学技术和工业信息化局|科技和工业信息化局|科学技术局|科技创新局|科学技术委员会|科技局|科委|科工信局|科工局)';

/**
 * The issuer as the text gives it: the stated place's bureau as the title or
 * the text names it (某县科工局, 某开发区科技和工业信息化局), else the place
 * with the title's kind of bureau; with its place only when the place is
 * stated (an inferred place is the curator's judgement, not the issuer's name).
 */
function issuerOf(title: string, body: string, region: RegionGuess, level: Level | null): string {
  const named = new RegExp(`\\S{0,8}?${BUREAU}`).exec(title)?.[0];
  if (named && region.region && named.startsWith(region.region.name)) return named;
  if (region.region && region.basis === 'stated') {
    const place = [region.written, region.region.name].filter(Boolean).join('|');
    const inText = new RegExp(`(?:${place})${BUREAU}`).exec(`${title}\n${body}`)?.[0];
    if (inText) return inText;
  }
  const bureau = /科学技术局/.test(title) ? '科学技术局' : '科技局';
  if (region.region && region.basis === 'stated') return `${region.region.name}${bureau}`;
  return `${level ? LEVEL_ZH[level] : ''}${bureau}`;
}

export function buildDraft(d: DraftInput): Draft {
  const r = d.region.region;
  const warnings = [...d.warnings, ...d.region.warnings, ...d.years.warnings, ...d.type.warnings];
  const published = d.page.published ? Number(d.page.published.slice(0, 4)) : null;
  // A placeholder year is the page's own year when it has one, so the draft stays within the schema's window.
  const year = d.years.year ?? published ?? new Date().getFullYear();
  if (d.years.year === null)
    warnings.push(
      `no year found: draft year set to ${year} as a placeholder (${published ? "the page's date" : 'this year'}; year_reliable false)`,
    );
  const years = d.years.years.length ? d.years.years : [year];
  // A page date far from the report's years is a repost's or an upload's date, not the report's.
  const outside =
    published !== null &&
    years.some((y) => y < published - YEARS_BEFORE_PUBLISHED || y > published + YEARS_AFTER_PUBLISHED);
  if (outside)
    warnings.push(
      `the page is dated ${d.page.published}, too far from the report's years (${years.join('+')}) to be its publication date (a repost or an upload): source.published left out`,
    );
  const meta: ReportMeta = {
    id: d.id,
    title: d.title,
    title_basis: d.titleBasis,
    region: r
      ? { code: r.code, name: r.name, province: r.province, ...(r.city ? { city: r.city } : {}), level: r.level }
      : { code: null, name: '不详', province: '不详', level: d.level },
    region_basis: d.region.basis,
    region_evidence: d.region.evidence,
    region_confidence: d.region.confidence,
    years,
    year,
    period: d.type.period,
    year_reliable: d.years.reliable,
    doc_type: d.type.docType,
    issuer: issuerOf(d.title, d.body, d.region, d.level),
    source: {
      raw_file: d.rawFile,
      part: d.part,
      parts: d.parts,
      ...(d.page.sites.length ? { site: d.page.sites.join(' / ') } : {}),
      ...(d.page.published && !outside ? { published: d.page.published } : {}),
    },
    quality: {
      masked_figures: countMaskedRuns(d.body),
      rewritten_years: !d.years.reliable,
      gaps: countGaps(d.body),
      garbled: countGarbled(d.body),
      converted_traditional: d.convertedTraditional,
      notes: warnings,
      // The curator adds the Chinese notes (quality.notes_zh) on review.
      notes_zh: [],
    },
  };
  return { id: d.id, meta, body: d.body, warnings };
}

/** The Markdown file: `---`, YAML frontmatter, `---`, then the body. */
export function renderDraft(draft: Draft): string {
  const front = yaml.dump(draft.meta, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${front}---\n${draft.body}`;
}
