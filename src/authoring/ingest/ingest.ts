// The ingest: from the text of a raw scraped file to draft reports. Each step
// is its own module; this file only runs them in order.
import { basename } from 'node:path';
import { stripChrome } from './chrome.ts';
import { classifyDocument } from './classify.ts';
import { partKey } from './curated.ts';
import { buildDraft, countMaskedRuns, type Draft } from './draft.ts';
import { IngestError } from './decode.ts';
import { findFragmentRun, joinFragments } from './fragments.ts';
import { protectGarbled, restoreGarbled } from './garbled.ts';
import { cleanBody, type SourceLayout } from './paragraphs.ts';
import { issuerLevel, resolveRegion } from './region.ts';
import { makeId, uniqueIds } from './slug.ts';
import { splitReports, type ReportPart } from './split.ts';
import { isTraditionalText, stripPinyinAnnotations, toSimplified, traditionalCount } from './traditional.ts';
import { normalizePunctuation } from './punctuation.ts';
import { detectYears } from './year.ts';
import { joinWrappedLines } from './wraps.ts';
import type { RemovedLine } from './chrome-shape.ts';

export interface CleanPart extends ReportPart {
  /** The Markdown body in corpus conventions. */
  body: string;
  layout: SourceLayout;
}

export interface CleanResult {
  parts: CleanPart[];
  page: ReturnType<typeof stripChrome>['meta'];
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
export function cleanText(raw: string, fileName: string): CleanResult {
  const warnings: string[] = [];
  const {
    lines: keptLines,
    meta: page,
    removedLines,
  } = stripChrome(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  let lines = keptLines;
  let text: string;
  let stream = false;
  const run = findFragmentRun(lines);
  if (run) {
    const outside = [...lines.slice(0, run.from), ...lines.slice(run.to)].filter((l) => l.trim() !== '');
    if (outside.length)
      warnings.push(
        `${outside.length} line(s) outside the numbered fragments dropped: ${outside.map((l) => l.slice(0, 20)).join(' | ')}`,
      );
    const joined = joinFragments(lines.slice(run.from, run.to));
    text = joined.text;
    stream = true;
    warnings.push(`${run.to - run.from} numbered page fragments joined; ${joined.gaps} gap(s) marked`);
  } else {
    const wraps = joinWrappedLines(lines);
    if (wraps.joined)
      warnings.push(
        `${wraps.joined} line wraps joined (text copied from a PDF: words, years and numbers cut at the line end)`,
      );
    lines = wraps.lines;
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
  const split = splitReports(simplified, {
    stream,
    pageTitle: page.pageTitle && convertedTraditional ? toSimplified(page.pageTitle) : page.pageTitle,
  });
  const parts = split.map((p) => {
    const body = restoreGarbled(cleanBody(p.text, layout), garbled.runs);
    return { ...p, title: normalizePunctuation(p.title.trim()), body, layout };
  });
  if (parts.length === 1 && parts[0].title === '') warnings.push(`${fileName}: no report title found`);
  return { parts, page, removedLines, convertedTraditional, warnings };
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
    warnings: [...years.warnings, `plan year ${planYear} added from a heading of the text`],
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
  const clean = cleanText(raw, fileName);
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
    const region = resolveRegion(p.title, p.body);
    const type = classifyDocument(p.title, p.body);
    const years = withPlanYear(detectYears(p.title, p.body), type.planYear);
    const level = region.region?.level ?? issuerLevel(p.title);
    const id = makeId(region.region, level, type.docType, type.period, years.years, p.title);
    return { p, region, years, type, level, id };
  });
  const ids = uniqueIds(guesses.map((g) => g.id));
  const drafts = guesses.map((g, k) => {
    const warnings: string[] = [];
    if (!g.p.title) warnings.push('no title found: curator to set the title');
    if (clean.parts.length > 1) warnings.push(`part ${g.p.part} of ${g.p.parts} in a compilation`);
    if (clean.removedLines.length)
      warnings.push(
        `${clean.removedLines.length} line(s) or span(s) of the raw file removed as site chrome (lines ${clean.removedLines.map((l) => l.line).join(', ')}): see the ingest summary to restore one`,
      );
    return buildDraft({
      id: ids[k],
      title: g.p.title || rawFile,
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
