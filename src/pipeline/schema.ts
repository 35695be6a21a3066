// The frontmatter of a curated report (content/reports/*.md): the one schema,
// read by the one corpus reader (corpus/read-corpus.ts) for the build, the
// checks, the CLIs, ingest and tests. Every object is strict: a misspelt key
// (year_relaible) is refused with "did you mean", never silently dropped.
// Checks that need the region table live in corpus/region-check.ts.
import { z } from 'zod';
import { isBlank, labelProblem } from './text-checks.ts';
import { sourceNameProblem } from './source-names.ts';
import { CONFIDENCES, DOC_TYPES, LEVELS, PERIODS, REGION_BASES } from '../core/codes.ts';

/** How a report's title is known: the source's own words, or composed because the source has none. */
export const TITLE_BASES = ['stated', 'inferred'] as const;

/** Longest report id: it becomes a file name, a URL segment and part of chart ids (`report-<id>-figures.svg`). */
export const MAX_ID_LENGTH = 80;
/** A report's years lie within this many years before / after the year it was published. */
export const YEARS_BEFORE_PUBLISHED = 3;
export const YEARS_AFTER_PUBLISHED = 2;

const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A string a reader sees, on one line: no control or invisible character, tab or line break, not blank once zero-width and ideographic spaces are trimmed. */
const text = (what = 'text') =>
  z.string().superRefine((s, ctx) => {
    const bad = labelProblem(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `${what} holds ${bad}; delete it` });
    else if (isBlank(s)) ctx.addIssue({ code: 'custom', message: `${what} is blank` });
  });

/** A string that may be empty but holds no control or invisible character, tab or line break (the name of an unknown region). */
const plain = (what: string) =>
  z.string().superRefine((s, ctx) => {
    const bad = labelProblem(s);
    if (bad) ctx.addIssue({ code: 'custom', message: `${what} holds ${bad}; delete it` });
  });

const gbCode = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a real calendar date');
const year = z.number().int().min(1949).max(2100);

export const regionSchema = z
  .object({
    /** GB/T 2260 code; must be in data/regions.csv, with the name, province, city and level written there. */
    code: gbCode.nullable(),
    /** The region's own name as the report writes it (新沂市); may be empty only when the code is null. */
    name: plain('the name'),
    /** Province (省/自治区/直辖市) the region lies in; may be empty only when the code is null. */
    province: plain('the province'),
    /** Prefecture-level city, for a district or county. */
    city: text('the city').optional(),
    /** Administrative level of the region. */
    level: z.enum(LEVELS).nullable(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.code === null) return;
    if (isBlank(r.name)) ctx.addIssue({ code: 'custom', path: ['name'], message: 'the name is blank' });
    if (isBlank(r.province)) ctx.addIssue({ code: 'custom', path: ['province'], message: 'the province is blank' });
  });

export const sourceSchema = z
  .object({
    /** File name of the raw scrape in content/sources/ (a name in that folder: no "/", "\\" or ".."). */
    raw_file: text('the raw file name').superRefine((s, ctx) => {
      const problem = sourceNameProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** Which report of the raw file this is, from 1. */
    part: z.number().int().min(1).default(1),
    /** How many reports the raw file holds. */
    parts: z.number().int().min(1).default(1),
    /** The site the raw file was scraped from. */
    site: text('the site').optional(),
    /**
     * Who wrote the text, when the source names someone other than the
     * issuer: a news outlet reporting on a bureau, a contributor of a
     * document-sharing site. Citations name it as the author and the issuer as
     * the subject; absent, the issuer is the author.
     */
    author: text('the author').optional(),
    /** The address of the page; http(s) only (the page links to it). */
    url: z.url({ protocol: /^https?$/, error: 'an http(s) address; the page links to it' }).optional(),
    /** Date the source was published, YYYY-MM-DD in quotes. */
    published: isoDate.optional(),
    /** Date the source was scraped, YYYY-MM-DD in quotes. */
    retrieved: isoDate.optional(),
  })
  .strict();

const QUALITY_DEFAULT = {
  masked_figures: 0,
  rewritten_years: false,
  gaps: 0,
  garbled: 0,
  converted_traditional: false,
  notes: [],
  notes_zh: [],
};

export const qualitySchema = z
  .object({
    /** How many figures the source masks (`**家`). */
    masked_figures: z.number().int().min(0).default(0),
    /** True when the source's years were rewritten (a template's placeholder years). */
    rewritten_years: z.boolean().default(false),
    /** Gaps between truncated page fragments (「原文此处缺失」). */
    gaps: z.number().int().min(0).default(0),
    /** Unrecoverable garbled runs kept visible (「乱码：…」). */
    garbled: z.number().int().min(0).default(0),
    /** True when the text was converted from traditional characters. */
    converted_traditional: z.boolean().default(false),
    /** The curator's notes, published with the report. */
    notes: z.array(text('a note')).default([]),
    /** The notes in Chinese, in the order of `notes` (English): pages show the Chinese with the English beside it; when given, one per note. */
    notes_zh: z.array(text('a note')).default([]),
  })
  .strict();

export const reportMetaSchema = z
  .object({
    /** Lower-case ASCII slug, equal to the file name; at most MAX_ID_LENGTH characters. */
    id: z
      .string()
      .max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters (it becomes file names and addresses)`)
      .regex(REPORT_ID, 'a lower-case ASCII slug (a-z, 0-9, -)'),
    /** Title as the source gives it, in Chinese; when `title_basis` is inferred, a title composed for a source that has none. */
    title: text('the title'),
    /** `stated` (absent means stated): the source gives the title; `inferred`: it has none, and the title was composed (from region, year and type, or the text's own words for itself) and is not the source's. */
    title_basis: z.enum(TITLE_BASES).optional(),
    /** English title. */
    title_en: text('the English title').optional(),
    /** The region the report is about. */
    region: regionSchema,
    /** Whether the region is stated in the source, inferred from clues, or unknown. */
    region_basis: z.enum(REGION_BASES),
    /** The clues for the region, shown with an inferred region. */
    region_evidence: z.array(text('evidence')).default([]),
    /** How sure the inference is; required when inferred. */
    region_confidence: z.enum(CONFIDENCES).nullable().default(null),
    /** Every year the report covers, ascending, each once. */
    years: z.array(year).min(1),
    /** The year the report is filed under; one of `years`. */
    year: year,
    /** Which part of the year the report covers. */
    period: z.enum(PERIODS),
    /** False when the year is a guess; the site then shows it as approximate. */
    year_reliable: z.boolean().default(true),
    /** What kind of document it is. */
    doc_type: z.enum(DOC_TYPES),
    /** The body that issued it (县科技局). */
    issuer: text('the issuer'),
    /** Where the text came from. */
    source: sourceSchema,
    /** What the curator found wrong with the source. */
    quality: qualitySchema.default(QUALITY_DEFAULT),
  })
  .strict()
  .superRefine((m, ctx) => {
    // `near`: where to point when the field itself is not written (a missing confidence is shown at region_basis).
    const issue = (path: (string | number)[], message: string, near?: string[]) =>
      ctx.addIssue({ code: 'custom', path, message, params: near ? { near } : undefined });
    if (m.region_basis === 'inferred' && m.region_evidence.length === 0)
      issue(['region_evidence'], 'an inferred region needs its evidence', ['region_basis']);
    if (m.region_basis !== 'unknown' && m.region.code === null)
      issue(['region', 'code'], 'a stated or inferred region needs its code');
    if (m.region_basis === 'inferred' && m.region_confidence === null)
      issue(['region_confidence'], 'an inferred region needs a confidence', ['region_basis']);
    m.years.forEach((y, i) => {
      const before = m.years[i - 1];
      if (before !== undefined && y <= before)
        issue(['years', i], `years must be ascending, each once: ${y} follows ${before}`);
    });
    if (!m.years.includes(m.year)) issue(['year'], `year ${m.year} is not among years [${m.years.join(', ')}]`);
    if (m.source.part > m.source.parts)
      issue(['source', 'part'], `part ${m.source.part} is greater than parts ${m.source.parts}`);
    if (m.quality.notes_zh.length > 0 && m.quality.notes_zh.length !== m.quality.notes.length) {
      issue(
        ['quality', 'notes_zh'],
        `${m.quality.notes_zh.length} Chinese notes for ${m.quality.notes.length} notes: give one per note, in the same order`,
      );
    }
    const published = m.source.published ? Number(m.source.published.slice(0, 4)) : null;
    if (published !== null) {
      m.years.forEach((y, i) => {
        if (y < published - YEARS_BEFORE_PUBLISHED || y > published + YEARS_AFTER_PUBLISHED) {
          issue(
            ['years', i],
            `${y} is implausible for a report published in ${published} (allowed ${published - YEARS_BEFORE_PUBLISHED}–${published + YEARS_AFTER_PUBLISHED})`,
          );
        }
      });
    }
  });

export type ReportMeta = z.infer<typeof reportMetaSchema>;
