// The frontmatter of a curated report (content/reports/*.md).
// One schema, used twice: by Astro's content collection (src/content.config.ts),
// so a malformed report fails the site build naming file and field, and by the
// plain-Node pipeline, so the dataset and the CLIs validate the same way.
import { z } from 'zod';

export const LEVELS = ['province', 'city', 'district', 'county'] as const;
export const DOC_TYPES = ['summary', 'plan', 'summary+plan', 'supervision-plan', 'assistance-plan'] as const;
export const PERIODS = ['year', 'H1', 'H2', 'H1+H2'] as const;
export const REGION_BASES = ['stated', 'inferred', 'unknown'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;

const gbCode = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a real calendar date');
const year = z.number().int().min(1949).max(2100);

export const regionSchema = z.object({
  code: gbCode.nullable(),
  name: z.string(),
  province: z.string(),
  city: z.string().optional(),
  level: z.enum(LEVELS).nullable(),
});

export const reportMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case ASCII slug (a-z, 0-9, -)'),
    title: z.string().min(1),
    title_en: z.string().optional(),
    region: regionSchema,
    region_basis: z.enum(REGION_BASES),
    region_evidence: z.array(z.string()).default([]),
    region_confidence: z.enum(CONFIDENCES).nullable().default(null),
    years: z.array(year).min(1),
    year: year,
    period: z.enum(PERIODS),
    year_reliable: z.boolean().default(true),
    doc_type: z.enum(DOC_TYPES),
    issuer: z.string().min(1),
    source: z.object({
      raw_file: z.string().min(1),
      part: z.number().int().min(1).default(1),
      parts: z.number().int().min(1).default(1),
      site: z.string().optional(),
      /**
       * Who wrote the text, when the source names someone other than the
       * issuer: a news outlet reporting on a bureau (新沂融媒网), a contributor
       * of a document-sharing site. Citations name it as the author and the
       * issuer as the subject; absent, the issuer is the author.
       */
      author: z.string().min(1).optional(),
      url: z.url().optional(),
      published: isoDate.optional(),
      retrieved: isoDate.optional(),
    }),
    quality: z
      .object({
        masked_figures: z.number().int().min(0).default(0),
        rewritten_years: z.boolean().default(false),
        gaps: z.number().int().min(0).default(0),
        garbled: z.number().int().min(0).default(0),
        converted_traditional: z.boolean().default(false),
        notes: z.array(z.string()).default([]),
        /**
         * The notes in Chinese, in the same order as `notes` (English): pages
         * show the Chinese with the English beside it. Optional; when given,
         * one per note.
         */
        notes_zh: z.array(z.string()).default([]),
      })
      .default({ masked_figures: 0, rewritten_years: false, gaps: 0, garbled: 0, converted_traditional: false, notes: [], notes_zh: [] }),
  })
  .superRefine((m, ctx) => {
    if (m.region_basis === 'inferred' && m.region_evidence.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['region_evidence'], message: 'an inferred region needs its evidence' });
    }
    if (m.region_basis !== 'unknown' && m.region.code === null) {
      ctx.addIssue({ code: 'custom', path: ['region', 'code'], message: 'a stated or inferred region needs its code' });
    }
    if (m.region_basis === 'inferred' && m.region_confidence === null) {
      ctx.addIssue({ code: 'custom', path: ['region_confidence'], message: 'an inferred region needs a confidence' });
    }
    if (m.quality.notes_zh.length > 0 && m.quality.notes_zh.length !== m.quality.notes.length) {
      ctx.addIssue({ code: 'custom', path: ['quality', 'notes_zh'], message: `${m.quality.notes_zh.length} Chinese notes for ${m.quality.notes.length} notes: give one per note, in the same order` });
    }
    if (!m.years.includes(m.year)) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: `year ${m.year} is not among years [${m.years.join(', ')}]` });
    }
  });

export type ReportMeta = z.infer<typeof reportMetaSchema>;
