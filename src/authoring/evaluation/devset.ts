// A real development set given by path (`npm run eval -- --devset <dir>`):
// excerpts of real bureau reports written by others, each run from its raw
// file through ingest and extraction as a curator would, and scored against
// its gold apart from the in-sample and unseen sets. The set is read only
// here, at evaluation time; nothing of it is kept in the repository.
//   <dir>/raw/<id>_<anything>.txt     the excerpt as found
//   <dir>/gold/<id>.csv               sentence_snippet,value,unit,kind,indicator,measure,scope,note
//   <dir>/meta.csv                    file,title,region_code,region_named,years,doc_type,period,notes
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ingestText } from '../ingest/ingest.ts';
import { renderDraft, type Draft } from '../ingest/draft.ts';
import { toSimplified } from '../ingest/traditional.ts';
import { parseReportFile } from '../../pipeline/corpus/report-file.ts';
import { extractFigures } from '../../pipeline/figures/extract.ts';
import type { Figure, ScopeDef } from '../../pipeline/types.ts';
import type { FigureLexicons } from '../../pipeline/lexicons.ts';
import { completeRow } from './csv-rows.ts';
import { goldKindOf, mapGoldId } from './devset-ids.ts';

export const DEVSET_GOLD_COLUMNS = [
  'sentence_snippet',
  'value',
  'unit',
  'kind',
  'indicator',
  'measure',
  'scope',
  'note',
] as const;
const META_COLUMNS = ['file', 'title', 'region_code', 'region_named', 'years', 'doc_type', 'period'] as const;

export interface DevsetGoldFigure {
  snippet: string;
  /** null when masked. */
  value: number | null;
  /** A range written as such (3—5项): either end matches, the extractor may keep one. */
  range: [number, number] | null;
  masked: boolean;
  unit: string;
  kind: string;
  /** Our id for what the gold says (mapped), or null for none:… and empty cells. */
  indicator: string | null;
  measure: string | null;
  scope: string | null;
  /** The gold's own words where no entry fits (none:<what it counts>), for the error list. */
  goldIndicator: string;
  goldMeasure: string;
  note: string;
}

export interface DevsetGoldMeta {
  file: string;
  title: string;
  region: string | null;
  regionNamed: boolean;
  /** null: the text gives no usable year (the draft must not call its year reliable). */
  years: number[] | null;
  docType: string;
  period: string;
}

export const DEVSET_META_FIELDS = ['title', 'region', 'years', 'type', 'period'] as const;
export type DevsetMetaField = (typeof DEVSET_META_FIELDS)[number];

export type FieldError = { field: 'kind' | 'indicator' | 'measure' | 'scope'; gold: DevsetGoldFigure; figure: Figure };

export interface DevsetCaseScore {
  name: string;
  gold: number;
  extracted: number;
  matched: number;
  correct: Record<FieldError['field'], number>;
  /** Matched figures whose gold gives a measure (a none:… measure counts: the figure must then carry none). */
  measureScored: number;
  maskedGold: number;
  maskedFound: number;
  missed: DevsetGoldFigure[];
  spurious: Figure[];
  wrong: FieldError[];
  meta: Record<DevsetMetaField, boolean>;
  got: Record<DevsetMetaField, string>;
  expected: Record<DevsetMetaField, string>;
  regionNamed: boolean;
  regionFound: boolean;
  wrongRegion: boolean;
  chromeLeft: string[];
  /** The project's own reader refused the rendered draft: its message. */
  refused: string | null;
}

const clean = (s: string) => s.replace(/^\uFEFF/, '');

/** The rows of a CSV with `columns`; a short row (a field left off a hand-edited line) is refused at its line. */
function parseCsv<C extends string>(path: string, columns: readonly C[]): Record<C, string>[] {
  const parsed = Papa.parse<Partial<Record<string, string>>>(clean(readFileSync(path, 'utf8')), {
    header: true,
    skipEmptyLines: true,
  });
  const header = parsed.meta.fields ?? [];
  for (const c of columns) if (!header.includes(c)) throw new Error(`${path}: no column "${c}"`);
  return parsed.data.map((row, i) => completeRow(row, columns, `${path}:${i + 2}`));
}

export function parseDevsetGold(path: string): DevsetGoldFigure[] {
  return parseCsv(path, DEVSET_GOLD_COLUMNS).map((row, i) => {
    const masked = row.value === 'masked';
    const ends = /^([\d.]+)\s*[-—–~～至到]\s*([\d.]+)$/.exec(row.value);
    const range: [number, number] | null = ends ? [Number(ends[1]), Number(ends[2])] : null;
    const value = masked ? null : range ? range[1] : Number(row.value);
    if (!masked && !Number.isFinite(value)) throw new Error(`${path}:${i + 2}: value "${row.value}" is not a number`);
    const words = { snippet: row.sentence_snippet, note: row.note, unit: row.unit };
    return {
      snippet: row.sentence_snippet,
      value,
      range,
      masked,
      unit: row.unit,
      kind: row.kind,
      indicator: mapGoldId('indicator', row.indicator, words),
      measure: mapGoldId('measure', row.measure, words),
      scope: mapGoldId('scope', row.scope, words),
      goldIndicator: row.indicator,
      goldMeasure: row.measure,
      note: row.note,
    };
  });
}

export function parseDevsetMeta(path: string): DevsetGoldMeta[] {
  return parseCsv(path, META_COLUMNS).map((row) => ({
    file: row.file,
    title: row.title,
    region: row.region_code || null,
    regionNamed: row.region_named === 'yes',
    years: row.years === 'unknown' || row.years === '' ? null : row.years.split('+').map(Number),
    docType: row.doc_type,
    period: row.period,
  }));
}

/**
 * Text in one canonical form for matching a gold snippet (written as found:
 * traditional characters, half-width punctuation, pinyin annotations) against
 * a cleaned body: full-width folded (NFKC), simplified, no spaces, no (pinyin).
 * Returns the canonical text and, per canonical character, its offset in `text`.
 */
export function canonical(text: string): { text: string; at: number[] } {
  const withoutPinyin = text.replace(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6})\)/g, (m) => ' '.repeat(m.length));
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < withoutPinyin.length; i += 1) {
    const ch = withoutPinyin.charAt(i);
    if (/\s/.test(ch)) continue;
    const folded = toSimplified(ch.normalize('NFKC'));
    for (const c of folded) {
      out += c;
      at.push(i);
    }
  }
  return { text: out, at };
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
// Units compared as the snippets are: the gold writes them as found (萬家, 項), the body is simplified.
const unitOf = (u: string) => toSimplified(u.normalize('NFKC'));

function sameFigure(gold: DevsetGoldFigure, f: Figure): boolean {
  // A rank's gold has no unit; the extractor writes 名 for a rank position.
  const unitMatches = unitOf(gold.unit) === unitOf(f.unit) || (gold.unit === '' && gold.kind === 'rank');
  if (!unitMatches || gold.masked !== f.masked) return false;
  if (gold.masked) return true;
  const ends = gold.range ?? (gold.value === null ? [] : [gold.value]);
  return f.value !== null && ends.some((v) => sameNumber(f.value as number, v));
}

/** A scope that is the same as none (全市 in a city's report) is scored as none. */
function scopeOf(f: Figure, scopes: readonly ScopeDef[]): string | null {
  if (!f.scope) return null;
  return scopes.find((s) => s.id === f.scope)?.in_series === false ? null : f.scope;
}

interface Located {
  body: string;
  figures: Figure[];
}

/** Gold rows matched to figures whose start lies inside the snippet, in any draft of the file. */
function scoreFigures(docs: Located[], gold: DevsetGoldFigure[], scopes: readonly ScopeDef[]) {
  const canon = docs.map((d) => ({ ...d, c: canonical(d.body) }));
  const used = new Set<Figure>();
  const missed: DevsetGoldFigure[] = [];
  const wrong: FieldError[] = [];
  const correct = { kind: 0, indicator: 0, measure: 0, scope: 0 };
  let measureScored = 0;
  let maskedFound = 0;
  for (const row of gold) {
    const snippet = canonical(row.snippet).text;
    let match: Figure | undefined;
    for (const d of canon) {
      for (let i = d.c.text.indexOf(snippet); i >= 0 && !match; i = d.c.text.indexOf(snippet, i + 1)) {
        const from = d.c.at[i] ?? 0;
        const to = (d.c.at[i + snippet.length - 1] ?? d.body.length) + 1;
        match = d.figures.find((f) => !used.has(f) && sameFigure(row, f) && f.start >= from && f.start < to);
      }
      if (match) break;
    }
    if (!match) {
      missed.push(row);
      continue;
    }
    used.add(match);
    if (row.masked) maskedFound += 1;
    const check = (field: FieldError['field'], ok: boolean) => {
      if (ok) correct[field] += 1;
      else wrong.push({ field, gold: row, figure: match });
    };
    check('kind', goldKindOf(match) === row.kind);
    check('indicator', (match.indicator ?? null) === row.indicator);
    if (row.goldMeasure !== '') {
      measureScored += 1;
      check('measure', (match.measure ?? null) === row.measure);
    }
    check('scope', scopeOf(match, scopes) === row.scope);
  }
  const all = docs.flatMap((d) => d.figures);
  return {
    matched: used.size,
    correct,
    measureScored,
    maskedGold: gold.filter((g) => g.masked).length,
    maskedFound,
    missed,
    spurious: all.filter((f) => !used.has(f)),
    wrong,
  };
}

/**
 * Site chrome by its shape, for the "drafts with chrome" count: addresses,
 * share and download prompts, page furniture, template-site blurbs, paywalls,
 * document-site badges and page fields.
 */
const CHROME_SHAPES =
  /https?:\/\/|www\.|下载网址|会员分享|请在.{0,20}搜索|\d+页珍藏版|上一篇|下一篇|上一条|下一条|Copyright|版权所有|扫一扫|分享到|打印本页|关闭窗口|【字体|字体[:：]\s*【|浏览次数|阅读次数|点击数[:：]|责任编辑|免责声明|相关链接|相关新闻|关键词[:：]|资料图片|发布时间[:：]|更新时间[:：]|信息来源[:：]|文章来源[:：]|来源[:：].{0,30}(?:时间|日期)|索引号|体裁分类|小编.{0,10}整理|仅供参考|未完.{0,4}全文共|当前显示\d+字|侵权投诉|VIP专|下载积分|您当前的位置|当前位置[:：]/g;

export function chromeIn(body: string): string[] {
  return [...body.matchAll(CHROME_SHAPES)].map((m) => m[0]);
}

const canonTitle = (t: string) => canonical(t).text.replace(/[:：]/g, ':');

/**
 * The gold leaves the title empty where the excerpt has none: a draft is
 * right to say so, with a title marked inferred (title_basis), and wrong to
 * pass anything off as the source's title. Where the gold has a title, the
 * draft must give that title as the source's.
 */
function titleRight(m: Draft['meta'], gold: string): boolean {
  const inferred = m.title_basis === 'inferred';
  if (gold === '') return inferred;
  return !inferred && canonTitle(m.title) === canonTitle(gold);
}

/** One draft's metadata against the devset's gold: field by field, what it said and what the gold expects. */
export function scoreMeta(draft: Draft | undefined, gold: DevsetGoldMeta) {
  const m = draft?.meta;
  const code = m?.region.code ?? null;
  const years = [...(m?.years ?? [])].sort((a, b) => a - b);
  const expected: Record<DevsetMetaField, string> = {
    title: gold.title || '(none: empty, or a title marked inferred)',
    region: gold.region ?? '(none)',
    years: gold.years ? gold.years.join('+') : '(unknown: not reliable)',
    type: gold.docType,
    period: gold.period,
  };
  const got: Record<DevsetMetaField, string> = {
    title: m ? `${m.title}${m.title_basis === 'inferred' ? ' (inferred)' : ''}` : '',
    region: code ?? '(none)',
    years: `${years.join('+')}${m?.year_reliable ? '' : ' (not reliable)'}`,
    type: m?.doc_type ?? '',
    period: m?.period ?? '',
  };
  const meta: Record<DevsetMetaField, boolean> = {
    title: !!m && titleRight(m, gold.title),
    region: code === gold.region,
    years: !!m && (gold.years ? gold.years.join('+') === years.join('+') : !m.year_reliable),
    type: m?.doc_type === gold.docType,
    period: m?.period === gold.period,
  };
  return { meta, got, expected, code };
}

export function evaluateDevsetCase(dir: string, gold: DevsetGoldMeta, lexicons: FigureLexicons): DevsetCaseScore {
  const name = gold.file.replace(/\.txt$/, '');
  const id = name.split('_')[0] ?? name;
  const raw = readFileSync(join(dir, 'raw', gold.file), 'utf8');
  const goldFigures = parseDevsetGold(join(dir, 'gold', `${id}.csv`));
  let drafts: Draft[] = [];
  let refused: string | null = null;
  try {
    drafts = ingestText(raw, gold.file).drafts;
  } catch (e) {
    refused = `ingest: ${(e as Error).message}`;
  }
  for (const d of drafts) {
    try {
      parseReportFile(renderDraft(d), `${d.id}.md`);
    } catch (e) {
      refused ??= (e as Error).message.split('\n')[0] ?? 'refused';
    }
  }
  const docs = drafts.map((d) => ({
    body: d.body,
    figures: extractFigures(d.body, d.id, lexicons, { docType: d.meta.doc_type }),
  }));
  const figures = scoreFigures(docs, goldFigures, lexicons.scopes);
  const { meta, got, expected, code } = scoreMeta(drafts[0], gold);
  return {
    name,
    gold: goldFigures.length,
    extracted: docs.reduce((n, d) => n + d.figures.length, 0),
    ...figures,
    meta,
    got,
    expected,
    regionNamed: gold.regionNamed && gold.region !== null,
    regionFound: code !== null && code === gold.region,
    wrongRegion: code !== null && code !== gold.region,
    chromeLeft: drafts.flatMap((d) => chromeIn(d.body)),
    refused,
  };
}

export function evaluateDevset(dir: string, lexicons: FigureLexicons): DevsetCaseScore[] {
  const metaPath = join(dir, 'meta.csv');
  if (!existsSync(metaPath) || !existsSync(join(dir, 'raw')) || !existsSync(join(dir, 'gold')))
    throw new Error(`${dir}: not a development set (needs meta.csv, raw/ and gold/)`);
  const rawFiles = new Set(readdirSync(join(dir, 'raw')));
  return parseDevsetMeta(metaPath)
    .filter((m) => rawFiles.has(m.file))
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((m) => evaluateDevsetCase(dir, m, lexicons));
}

export interface DevsetTotals {
  cases: number;
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  kind: number;
  indicator: number;
  measure: number;
  scope: number;
  maskedGold: number;
  maskedFound: number;
  metaRight: number;
  metaFields: number;
  metaByField: Record<DevsetMetaField, number>;
  regionsNamed: number;
  regionsFound: number;
  wrongRegions: number;
  chromeDrafts: number;
  refusedDrafts: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function devsetTotals(scores: DevsetCaseScore[]): DevsetTotals {
  const sum = (f: (s: DevsetCaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matched = sum((s) => s.matched);
  const extracted = sum((s) => s.extracted);
  const gold = sum((s) => s.gold);
  const metaByField = Object.fromEntries(DEVSET_META_FIELDS.map((k) => [k, sum((s) => Number(s.meta[k]))])) as Record<
    DevsetMetaField,
    number
  >;
  return {
    cases: scores.length,
    gold,
    extracted,
    matched,
    precision: ratio(matched, extracted),
    recall: ratio(matched, gold),
    kind: ratio(
      sum((s) => s.correct.kind),
      matched,
    ),
    indicator: ratio(
      sum((s) => s.correct.indicator),
      matched,
    ),
    measure: ratio(
      sum((s) => s.correct.measure),
      sum((s) => s.measureScored),
    ),
    scope: ratio(
      sum((s) => s.correct.scope),
      matched,
    ),
    maskedGold: sum((s) => s.maskedGold),
    maskedFound: sum((s) => s.maskedFound),
    metaRight: Object.values(metaByField).reduce((a, b) => a + b, 0),
    metaFields: scores.length * DEVSET_META_FIELDS.length,
    metaByField,
    regionsNamed: scores.filter((s) => s.regionNamed).length,
    regionsFound: scores.filter((s) => s.regionNamed && s.regionFound).length,
    wrongRegions: scores.filter((s) => s.wrongRegion).length,
    chromeDrafts: scores.filter((s) => s.chromeLeft.length > 0).length,
    refusedDrafts: scores.filter((s) => s.refused !== null).length,
  };
}
