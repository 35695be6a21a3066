// The no-silent-loss check over a built site: every paragraph of every
// curated report is on its report page (same words, compared as text, since
// the page wraps figures in <a> and masked runs in <span>), and every row of
// the published figures.csv is on its report page at its #f-<n> anchor with
// the figure's words. Reads each report page once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readCorpus } from '../pipeline/corpus/read-corpus.ts';
import { plainValueOf } from '../pipeline/figures/numerals.ts';
import { parseParagraphs } from '../pipeline/corpus/paragraphs.ts';
import { GAP_MARK, GARBLED_CLOSE, GARBLED_OPEN, type Paragraph, type Report } from '../pipeline/types.ts';
import { indexIds, innerHtml, normaliseSpace, visibleText } from './html-text.ts';
import { pathInBuild, urls } from '../core/urls.ts';

export interface Loss {
  /** The curated file the lost text comes from. */
  file: string;
  /** Line in that file. */
  line: number;
  /** What is lost: `paragraph #p-3`, `figure #f-12`, `page`. */
  what: string;
  /** The built file that should hold it. */
  page: string;
  detail: string;
}

interface FigureRow {
  report: string;
  n: string;
  raw: string;
  start: string;
  end: string;
  permalink: string;
  value: string;
  curation_note: string;
}

const GARBLED = new RegExp(`${GARBLED_OPEN}([^${GARBLED_CLOSE}]*)${GARBLED_CLOSE}`, 'g');
const GAP_WORDS = GAP_MARK.slice(1, -1);

/** The words of a paragraph as a reader sees them: a garbled run is shown (marked) without its brackets. */
export function expectedText(p: Paragraph): string {
  return normaliseSpace(p.text.replace(GARBLED, '$1'));
}

function lineInFile(report: Report, bodyOffset: number): number {
  let line = report.bodyLine ?? 1;
  for (let i = report.body.indexOf('\n'); i >= 0 && i < bodyOffset; i = report.body.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Where two strings first differ, as short excerpts of each. */
function difference(expected: string, found: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i += 1;
  const cut = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 12), i + 28));
  return `first difference at character ${i}: expected ${cut(expected)}, page has ${cut(found)}`;
}

function readFigureRows(outDir: string): FigureRow[] | string {
  const path = join(outDir, 'data', 'figures.csv');
  if (!existsSync(path)) return `${path} was not built`;
  const parsed = Papa.parse<FigureRow>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const [error] = parsed.errors;
  if (error) return `${path}: ${error.message} (row ${error.row})`;
  return parsed.data;
}

function pagePath(outDir: string, urlPath: string): string {
  return join(outDir, decodeURI(pathInBuild(urlPath)), 'index.html');
}

function checkReport(report: Report, figures: FigureRow[], outDir: string, losses: Loss[]): number {
  const id = report.meta.id;
  const page = pagePath(outDir, urls.report(id));
  const paragraphs = parseParagraphs(report.body, id);
  const lose = (at: number, what: string, detail: string, where = page) =>
    losses.push({ file: report.file, line: lineInFile(report, at), what, page: where, detail });
  if (!existsSync(page)) {
    lose(0, 'page', 'the report page was not built');
    return paragraphs.length;
  }
  // A long report runs over continuation pages (/reports/<id>/2/ …): read them all as one.
  let html = readFileSync(page, 'utf8');
  for (let k = 2; existsSync(pagePath(outDir, urls.reportPart(id, k))); k += 1)
    html += readFileSync(pagePath(outDir, urls.reportPart(id, k)), 'utf8');
  const ids = indexIds(html);
  for (const p of paragraphs) {
    const el = ids.get(`p-${p.n}`);
    if (!el) {
      lose(p.start, `paragraph #p-${p.n}`, 'no element with this id');
      continue;
    }
    // A paragraph too long for one page goes on in pieces #p-<n>-2, #p-<n>-3 … on the next pages.
    // (The page may put a line end where a piece ends: pieces are compared without white space.)
    let shown = visibleText(innerHtml(html, el));
    let pieces = 1;
    for (let k = 2, piece = ids.get(`p-${p.n}-${k}`); piece; k += 1, piece = ids.get(`p-${p.n}-${k}`), pieces += 1)
      shown += visibleText(innerHtml(html, piece));
    const found = pieces > 1 ? shown.replace(/\s+/g, '') : normaliseSpace(shown);
    if (p.kind === 'gap') {
      if (!found.includes(GAP_WORDS))
        lose(p.start, `paragraph #p-${p.n}`, `the gap is not marked (page has ${JSON.stringify(found)})`);
      continue;
    }
    const expected = pieces > 1 ? expectedText(p).replace(/\s+/g, '') : expectedText(p);
    if (found !== expected) lose(p.start, `paragraph #p-${p.n}`, difference(expected, found));
  }
  for (const row of figures) {
    // The permalink is absolute (on SITE_URL): its path and anchor name the page and element.
    const link = new URL(row.permalink, 'http://site.invalid');
    const [path, anchor] = [link.pathname, link.hash.slice(1)];
    const where = pagePath(outDir, path);
    const start = Number(row.start);
    if (report.body.slice(start, Number(row.end)) !== row.raw) {
      lose(
        start,
        `figure #f-${row.n}`,
        `figures.csv says ${JSON.stringify(row.raw)} at ${row.start}-${row.end}, the report has ${JSON.stringify(report.body.slice(start, Number(row.end)))}`,
      );
      continue;
    }
    if (where !== page) {
      lose(start, `figure #f-${row.n}`, `figures.csv links it to ${row.permalink}, not to its report page`, where);
      continue;
    }
    const el = ids.get(anchor);
    if (!el) {
      lose(start, `figure #f-${row.n}`, `no element with id "${anchor}" (figure ${JSON.stringify(row.raw)})`);
      continue;
    }
    const found = normaliseSpace(visibleText(innerHtml(html, el)));
    if (found !== normaliseSpace(row.raw))
      lose(start, `figure #f-${row.n}`, difference(normaliseSpace(row.raw), found));
    // Values too, not only words: a figure whose words state a plain number publishes exactly that number.
    const written = plainValueOf(row.raw);
    if (written !== null && !row.curation_note && row.value !== '' && Number(row.value) !== written) {
      lose(
        start,
        `figure #f-${row.n}`,
        `figures.csv publishes the value ${row.value} for ${JSON.stringify(row.raw)}, which states ${written}`,
      );
    }
  }
  return paragraphs.length;
}

export interface LossReport {
  reports: number;
  paragraphs: number;
  figures: number;
  losses: Loss[];
}

/** Checks a built site in `outDir` against the curated reports in `contentDir`. */
export function findSilentLoss(outDir: string, contentDir: string): LossReport {
  const reports = readCorpus(contentDir);
  const rows = readFigureRows(outDir);
  const losses: Loss[] = [];
  if (typeof rows === 'string') {
    losses.push({ file: join(outDir, 'data', 'figures.csv'), line: 0, what: 'figures.csv', page: '', detail: rows });
    return { reports: reports.length, paragraphs: 0, figures: 0, losses };
  }
  const byReport = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const list = byReport.get(row.report);
    if (list) list.push(row);
    else byReport.set(row.report, [row]);
  }
  let paragraphs = 0;
  for (const report of reports) {
    paragraphs += checkReport(report, byReport.get(report.meta.id) ?? [], outDir, losses);
    byReport.delete(report.meta.id);
  }
  for (const [report, list] of byReport) {
    losses.push({
      file: join(outDir, 'data', 'figures.csv'),
      line: 0,
      what: `${list.length} figure rows`,
      page: '',
      detail: `rows name report "${report}", which is not in ${contentDir}`,
    });
  }
  return { reports: reports.length, paragraphs, figures: rows.length, losses };
}

export function formatLosses(losses: Loss[], limit = 20): string {
  const lines = losses
    .slice(0, limit)
    .map((l) => `  ${l.file}:${l.line}: ${l.what}${l.page ? ` on ${l.page}` : ''}: ${l.detail}`);
  if (losses.length > limit) lines.push(`  … and ${losses.length - limit} more`);
  return lines.join('\n');
}
