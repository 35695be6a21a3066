// The ingest: from the text of a raw scraped file to draft reports. Each step
// is its own module; this file only runs them in order.
import { itemAt } from '../../pipeline/lists.ts';
import { basename } from 'node:path';
import { stripChrome } from './chrome.ts';
import { classifyDocument } from './classify.ts';
import { partKey } from './curated.ts';
import { buildDraft, countMaskedRuns, type Draft } from './draft.ts';
import { IngestError } from './decode.ts';
import { findFragmentRun, joinFragments } from './fragments.ts';
import { protectGarbled, restoreGarbled } from './garbled.ts';
import { cleanBody, type SourceLayout } from './paragraphs.ts';
import { issuerLevel, resolveRegion, type RegionGuess } from './region.ts';
import { selfLevel } from './self-level.ts';
import { composeTitle } from './compose-title.ts';
import type { Level } from './gb2260.ts';
import type { TypeGuess } from './classify.ts';
import type { YearGuess } from './year.ts';
import { makeId, uniqueIds } from './slug.ts';
import { splitReports, type ReportPart } from './split.ts';
import { isTraditionalText, stripPinyinAnnotations, toSimplified, traditionalCount } from './traditional.ts';
import { normalizePunctuation } from './punctuation.ts';
import { detectYears } from './year.ts';
import { joinWrappedLines } from './wraps.ts';
import { joinBrokenLines } from './breaks.ts';
import type { RemovedLine } from './chrome-shape.ts';

export interface CleanPart extends ReportPart {
  /** The Markdown body in corpus conventions. */
  body: string;
  layout: SourceLayout;
}

export interface CleanResult {
  parts: CleanPart[];
  page: ReturnType<typeof stripChrome>['meta'];
  /**
   * What the page says around the text about who issued it: its source and
   * publisher fields and the lines removed above the text (a breadcrumb, a
   * byline naming 某某区人民政府), for the region and nothing else.
   */
  header: string[];
  /** Every line or span taken out as chrome, with its raw line number and why. */
  removedLines: RemovedLine[];
  convertedTraditional: boolean;
  warnings: string[];
}

/** Decides how the source marked paragraphs: blank lines, one per line, or not at all (fragments). */
function layoutOf(lines: string[]): SourceLayout {
  const text = lines.join('\n').trim();
  return /\n[ \t\u3000]*\n/.test(text) ? 'blocks' : 'lines';
}

/**
 * The cleaning half of the ingest: chrome out, fragments joined, garbled runs
 * marked, annotations out, simplified, split into reports and paragraphs.
 */
export function cleanText(raw: string): CleanResult {
  const warnings: string[] = [];
  const {
    lines: keptLines,
    lineNumbers,
    meta: page,
    removedLines,
  } = stripChrome(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // The raw line number of the first kept line with text (lineNumbers runs parallel to keptLines).
  const firstText = lineNumbers[keptLines.findIndex((l) => l.trim() !== '')] ?? Infinity;
  const header = [
    ...page.origins.map((o) => o.text),
    ...removedLines.filter((l) => l.line < firstText).map((l) => l.text),
  ];
  let lines = keptLines;
  let text: string;
  let stream = false;
  const run = findFragmentRun(lines);
  if (run) {
    // Lines around the fragments (a title above them) stay, each a paragraph of its own.
    const around = (from: number, to: number) =>
      lines
        .slice(from, to)
        .filter((l) => l.trim() !== '')
        .map((l) => `${l.trim()}\n\n`)
        .join('');
    const joined = joinFragments(lines.slice(run.from, run.to));
    const after = around(run.to, lines.length);
    text = `${around(0, run.from)}${joined.text}${after ? `\n\n${after}` : ''}`;
    stream = true;
    warnings.push(`${run.to - run.from} numbered page fragments joined; ${joined.gaps} gap(s) marked`);
  } else {
    const wraps = joinWrappedLines(lines);
    if (wraps.joined)
      warnings.push(
        `${wraps.joined} line wraps joined (text copied from a PDF: words, years and numbers cut at the line end)`,
      );
    const broken = joinBrokenLines(wraps.lines);
    if (broken.joined)
      warnings.push(
        `${broken.joined} line break(s) inside a sentence joined (a number or a masked year cut across lines, or a figure parted from its subject)`,
      );
    lines = broken.lines;
    text = lines.join('\n');
  }
  const layout: SourceLayout = stream ? 'stream' : layoutOf(lines);
  const garbled = protectGarbled(text);
  const annotations = stripPinyinAnnotations(garbled.text);
  if (annotations.removed) warnings.push(`${annotations.removed} pinyin annotations removed`);
  const convertedTraditional = isTraditionalText(annotations.text);
  const simplified = convertedTraditional ? toSimplified(annotations.text) : annotations.text;
  const stray = convertedTraditional ? 0 : traditionalCount(annotations.text);
  if (stray)
    warnings.push(`${stray} traditional-looking character(s) in simplified text left as written (names such as 恒乾)`);
  if (garbled.runs.length) warnings.push(`${garbled.runs.length} garbled run(s) kept and marked 「乱码：…」`);
  // The page title as the text now reads: annotations out, simplified like the text.
  const pageTitle = page.pageTitle && stripPinyinAnnotations(page.pageTitle).text;
  const split = splitReports(simplified, {
    stream,
    pageTitle: pageTitle && convertedTraditional ? toSimplified(pageTitle) : pageTitle,
  });
  const leftOut = split[0]?.leftOut ?? [];
  if (leftOut.length)
    warnings.push(
      `${leftOut.length} line(s) of the compilation's own title and contents left out of the drafts: ${leftOut.map((l) => `«${l.slice(0, 40)}»`).join(' ')}`,
    );
  const [first] = split;
  if (first && first.parts > split.length)
    warnings.push(
      `the contents list ${first.parts} documents; the file holds ${split.length} of them (parts ${split.map((p) => p.part).join(', ')}): the rest is not in the file`,
    );
  const parts = split.map((p) => {
    const body = restoreGarbled(cleanBody(p.text, layout), garbled.runs);
    return { ...p, title: normalizePunctuation(p.title.trim()), body, layout };
  });
  return { parts, page, header, removedLines, convertedTraditional, warnings };
}

/** A summary whose plan part names the next year covers both years (2024 summary + 三、2025年工作打算). */
function withPlanYear(
  years: ReturnType<typeof detectYears>,
  planYear: number | undefined,
): ReturnType<typeof detectYears> {
  const last = years.years.at(-1);
  if (!planYear || last === undefined || planYear !== last + 1) return years;
  return {
    ...years,
    years: [...years.years, planYear],
    warnings: [...years.warnings, `plan year ${planYear} added from the text's plan part`],
  };
}

/** Where the title came from, in the curator's words. */
const TITLE_FROM: Record<CleanPart['titleFrom'], string> = {
  line: '',
  contents: '',
  glued: 'title taken from the start of the first line, where it ran into the first sentence',
  notice: 'title is that of the document the notice at the top transmits (the notice stays as the first paragraph)',
  headline: "title is the page's headline",
  text: 'title INFERRED: the source has no title line; taken from the words the text names itself with (现将…如下)',
  none: '',
};

/** The title of a part: its own, or one composed from region, years and type when it has none (never a file name). */
function titleOf(
  p: CleanPart,
  found: { region: RegionGuess['region']; level: Level | null; years: YearGuess; type: TypeGuess },
): { title: string; basis: 'stated' | 'inferred'; notes: string[] } {
  const how = TITLE_FROM[p.titleFrom];
  if (p.title && p.titleFrom !== 'text') return { title: p.title, basis: 'stated', notes: how ? [how] : [] };
  if (p.title) return { title: p.title, basis: 'inferred', notes: [how] };
  const title = composeTitle({
    region: found.region,
    level: found.level,
    years: found.years.reliable ? found.years.years : [],
    docType: found.type.docType,
    period: found.type.period,
  });
  return {
    title,
    basis: 'inferred',
    notes: [
      `title INFERRED: the source has no title; composed from region, year and type (title_basis: inferred) — curator to confirm or set the title`,
    ],
  };
}

/** A report needs some Chinese prose to count as one. */
function looksLikeReport(part: CleanPart): boolean {
  return (part.body.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 40;
}

/** From the text of one raw file to draft reports with guessed frontmatter. */
export function ingestText(
  raw: string,
  fileName: string,
): { drafts: Draft[]; warnings: string[]; removedLines: RemovedLine[] } {
  const rawFile = basename(fileName);
  if (raw.trim() === '') throw new IngestError(fileName, 'the file is empty');
  const clean = cleanText(raw);
  const parts = clean.parts.filter(looksLikeReport);
  if (parts.length === 0) {
    // Name the removed line holding the most Chinese text: a report glued to a chrome line (an index row) is there.
    const cjk = (t: string) => t.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    const richest = [...clean.removedLines].sort((a, b) => cjk(b.text) - cjk(a.text))[0];
    const hint =
      richest && cjk(richest.text) >= 40
        ? `; line ${richest.line} held ${cjk(richest.text)} Chinese characters and was removed as ${richest.why}: if the report's text is on that line, put it on a line of its own and ingest again`
        : '';
    throw new IngestError(
      fileName,
      `no recognisable report (fewer than 40 Chinese characters of text left after removing site chrome)${hint}`,
    );
  }
  const guesses = parts.map((p) => {
    const region = resolveRegion(p.title, p.body, clean.header);
    const type = classifyDocument(p.title, p.body);
    const found = detectYears(p.title, p.body);
    // A plan part's year: from its heading (三、2025年工作计划), else from the text (展望2025年) of a summary and plan.
    const years = withPlanYear(
      found,
      type.planYear ?? (type.docType === 'summary+plan' ? (found.planYear ?? undefined) : undefined),
    );
    // The issuer's level: its title's or its own words' (县科技局, 我县), else its region's.
    const level = issuerLevel(p.title) ?? selfLevel(p.body).level ?? region.region?.level ?? null;
    const id = makeId(region.region, level, type.docType, type.period, years.years, p.title);
    const title = titleOf(p, { region: region.region, level, years, type });
    return { p, region, years, type, level, id, title };
  });
  const ids = uniqueIds(guesses.map((g) => g.id));
  const drafts = guesses.map((g, k) => {
    const warnings: string[] = [...g.title.notes];
    if (clean.parts.length > 1) warnings.push(`part ${g.p.part} of ${g.p.parts} in a compilation`);
    if (clean.removedLines.length)
      warnings.push(
        `${clean.removedLines.length} line(s) or span(s) of the raw file removed as site chrome (lines ${clean.removedLines.map((l) => l.line).join(', ')}): see the ingest summary to restore one`,
      );
    return buildDraft({
      id: itemAt(ids, k, 'id'),
      title: g.title.title,
      titleBasis: g.title.basis,
      body: g.p.body,
      rawFile,
      part: g.p.part,
      parts: g.p.parts,
      page: clean.page,
      region: g.region,
      level: g.level,
      years: g.years,
      type: g.type,
      convertedTraditional: clean.convertedTraditional,
      warnings,
    });
  });
  const masked = countMaskedRuns(raw);
  const kept = drafts.reduce((n, d) => n + d.meta.quality.masked_figures, 0);
  const warnings = [...clean.warnings];
  if (masked !== kept) warnings.push(`masked figures: ${masked} runs of * in the raw file but ${kept} in the drafts`);
  return { drafts, warnings, removedLines: clean.removedLines };
}

/**
 * For the figure extractor: the cleaned body of every report in a raw file.
 * `ids` (from curatedIdMap) maps `<raw_file>#<part>` to a curated id; parts
 * without one keep the ingest's own id.
 */
export function cleanRawToBodies(
  raw: string,
  fileName: string,
  ids: Record<string, string> = {},
): { id: string; body: string; raw_file: string; part: number; parts: number; title: string }[] {
  return ingestText(raw, fileName).drafts.map((d) => {
    const { raw_file, part, parts } = d.meta.source;
    return { id: ids[partKey(raw_file, part)] ?? d.id, body: d.body, raw_file, part, parts, title: d.meta.title };
  });
}
