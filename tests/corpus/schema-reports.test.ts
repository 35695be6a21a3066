// The curated corpus against the frontmatter schema, and the schema's errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/pipeline/corpus/report-file.ts';
import { loadRegions } from '../../src/pipeline/corpus/regions.ts';
import { reportMetaSchema } from '../../src/pipeline/schema.ts';
import { cleanRawToBodies } from '../../src/authoring/ingest/ingest.ts';
import { curatedIdMap } from '../../src/authoring/ingest/curated.ts';
import { GAP_MARK } from '../../src/pipeline/types.ts';
import { present } from '../helpers/present.ts';

const DIR = 'content/reports';
/** The seeded reports other tests rely on (tests/fixtures/corpus.json); a curator may add more. */
const SEED_IDS: string[] = JSON.parse(readFileSync('tests/fixtures/corpus.json', 'utf8')).seed_reports;

function read(file: string): { front: unknown; body: string } {
  // The one frontmatter reader (YAML 1.2 core schema): dates and codes are strings as written in quotes.
  const text = readFileSync(join(DIR, file), 'utf8');
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error(`${file}: no frontmatter`);
  return { front: parse(parts.yaml), body: parts.body };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();
const metas = files.map((f) => ({ file: f, ...read(f) }));
const regionCodes = new Set(loadRegions('data/regions.csv').map((r) => r.code));

describe('the curated corpus', () => {
  it('holds the seeded reports, and every id once', () => {
    const ids = files.map((f) => f.replace(/\.md$/, ''));
    for (const id of SEED_IDS) expect(ids, id).toContain(id);
    const declared = metas.map((m) => (m.front as { id?: string }).id);
    expect(new Set(declared).size).toBe(declared.length);
  });

  for (const { file, front, body } of metas) {
    describe(file, () => {
      const parsed = reportMetaSchema.safeParse(front);
      it('parses against reportMetaSchema, with id = file name', () => {
        expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
        expect(parsed.data?.id).toBe(file.replace(/\.md$/, ''));
      });

      it('publishes an inferred region with evidence and confidence, and every region code in data/regions.csv', () => {
        const m = parsed.data!;
        if (m.region_basis === 'inferred') {
          expect(m.region_evidence.length).toBeGreaterThan(0);
          expect(m.region_confidence).not.toBeNull();
        }
        if (m.region.code) expect(regionCodes.has(m.region.code)).toBe(true);
        else expect(m.region_basis).toBe('unknown');
      });

      it('counts its masked figures, gaps and garbled runs as the body has them', () => {
        const q = parsed.data!.quality;
        expect(q.masked_figures).toBe(body.match(/\*+/g)?.length ?? 0);
        expect(q.gaps).toBe(body.split('\n\n').filter((p) => p.trim() === GAP_MARK).length);
        expect(q.garbled).toBe(body.split('「乱码：').length - 1);
        expect(q.rewritten_years).toBe(!parsed.data!.year_reliable);
        if (!parsed.data!.year_reliable) expect(q.notes.join(' ')).toMatch(/rewr/);
      });
    });
  }

  it('keeps each body exactly as the ingest cleans it from its raw file (so extract on a raw file sees the same text)', () => {
    const ids = curatedIdMap(DIR);
    const rawFiles = [...new Set(metas.map((m) => (m.front as { source: { raw_file: string } }).source.raw_file))];
    for (const raw of rawFiles) {
      for (const part of cleanRawToBodies(readFileSync(join('content/sources', raw), 'utf8'), raw, ids)) {
        const curated = metas.find((m) => m.file === `${part.id}.md`);
        expect(curated, `${raw} part ${part.part}`).toBeDefined();
        expect(curated!.body).toBe(part.body);
      }
    }
  });
});

describe('a malformed frontmatter', () => {
  const valid = present(metas[0], 'a report in the corpus').front as Record<string, unknown>;
  const issuesOf = (front: unknown) => {
    const r = reportMetaSchema.safeParse(front);
    expect(r.success).toBe(false);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('names a missing field', () => {
    const { title: _title, ...noTitle } = valid;
    expect(issuesOf(noTitle).join('\n')).toMatch(/^title: /m);
  });

  it('names a bad enum value, a bad date and a bad code by their paths', () => {
    expect(issuesOf({ ...valid, region_basis: 'guessed' }).join('\n')).toMatch(/^region_basis: /m);
    const source = valid.source as Record<string, unknown>;
    expect(issuesOf({ ...valid, source: { ...source, published: '2024-02-30' } }).join('\n')).toMatch(
      /^source\.published: .*real calendar date/m,
    );
    const region = valid.region as Record<string, unknown>;
    expect(issuesOf({ ...valid, region: { ...region, code: '3708' } }).join('\n')).toMatch(
      /^region\.code: .*six-digit/m,
    );
  });

  it('names the field of a cross-field rule', () => {
    expect(issuesOf({ ...valid, year: 1999 }).join('\n')).toMatch(/^year: year 1999 is not among years/m);
    expect(issuesOf({ ...valid, region_basis: 'inferred', region_evidence: [] }).join('\n')).toMatch(
      /^region_evidence: /m,
    );
  });
});
