// The work done for one report alone, from its file's text and the lexicons
// that classify it: parse and validate the file, cut paragraphs and
// sentences, extract figures, tag themes and instruments, sum them per
// report. Nothing here reads another report, the curation or the published
// record, so the result can be cached by the file's text, the lexicons and
// the code (report-cache.ts) and computed in a worker (pool.ts); what needs
// the whole corpus (the folder and region checks, curation, figure numbers,
// the index) is applied after, in src/pipeline/dataset.ts.
import type { Lexicons } from '../lexicons.ts';
import type {
  Figure,
  InstrumentHit,
  Paragraph,
  Report,
  ReportInstrument,
  ReportTheme,
  Sentence,
  ThemeHit,
} from '../types.ts';
import { fieldLinesOf, parseReportFile } from '../corpus/report-file.ts';
import { parseParagraphs } from '../corpus/paragraphs.ts';
import { sentencesOf } from '../corpus/sentences.ts';
import { extractFigures } from '../figures/index.ts';
import { reportInstrumentCounts, reportThemeShares, tagInstruments, tagThemes } from '../themes/index.ts';

/** The lexicons one report's work reads (the region table is checked after, against the whole folder). */
export type WorkLexicons = Pick<Lexicons, 'indicators' | 'measures' | 'scopes' | 'themes' | 'instruments'>;

/** One report's derived data: what the dataset holds of it before curation and figure numbers. */
export interface ReportWork {
  report: Report;
  /** The frontmatter's field lines (report-file.ts), so a later check names the exact line. */
  fieldLines: [string, number][];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** As the rules extract them: no curator's decision, numbered in reading order. */
  figures: Figure[];
  /** Theme hits by paragraph n (paragraphs with none left out). */
  paragraphThemes: [number, ThemeHit[]][];
  /** Instrument hits by sentence n (sentences with none left out). */
  sentenceInstruments: [number, InstrumentHit[]][];
  reportThemes: ReportTheme[];
  reportInstruments: ReportInstrument[];
}

/** The lexicons a report's work reads, and nothing else (their hash is part of every cache key). */
export function workLexicons(lex: Lexicons): WorkLexicons {
  const { indicators, measures, scopes, themes, instruments } = lex;
  return { indicators, measures, scopes, themes, instruments };
}

/** Everything one report's file gives; throws a ReportFileError naming file, line and field at its first problem. */
export function reportWork(text: string, file: string, lexicons: WorkLexicons): ReportWork {
  const report = parseReportFile(text, file);
  const id = report.meta.id;
  const paragraphs = parseParagraphs(report.body, id);
  const sentences = sentencesOf(report.body, paragraphs);
  const themeHits = new Map<string, ThemeHit[]>();
  const paragraphThemes: [number, ThemeHit[]][] = [];
  for (const p of paragraphs) {
    if (p.kind === 'gap') continue;
    const hits = tagThemes(p.text, lexicons.themes);
    if (!hits.length) continue;
    themeHits.set(`${id}#${p.n}`, hits);
    paragraphThemes.push([p.n, hits]);
  }
  const instrumentHits = new Map<string, InstrumentHit[]>();
  const sentenceInstruments: [number, InstrumentHit[]][] = [];
  for (const s of sentences) {
    const hits = tagInstruments(s.text, lexicons.instruments);
    if (!hits.length) continue;
    instrumentHits.set(`${id}#${s.n}`, hits);
    sentenceInstruments.push([s.n, hits]);
  }
  return {
    report,
    fieldLines: fieldLinesOf(report),
    paragraphs,
    sentences,
    // year_reliable is the report's frontmatter: in its file's bytes, so in its cache key.
    figures: extractFigures(report.body, id, lexicons, {
      docType: report.meta.doc_type,
      yearsReliable: report.meta.year_reliable,
    }),
    paragraphThemes,
    sentenceInstruments,
    reportThemes: reportThemeShares(
      paragraphs.filter((p) => p.kind !== 'gap'),
      themeHits,
      lexicons.themes,
    ),
    reportInstruments: reportInstrumentCounts(sentences, instrumentHits),
  };
}
