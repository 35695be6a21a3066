// Validates the curated corpus before Astro syncs its content collection, so
// a bad file stops the build with the pipeline's message (file:line: field)
// rather than a later, vaguer one. Adds the publishing rules the page needs
// beyond the frontmatter schema: addresses that are links must be http(s);
// and the frontmatter must read the same to Astro (js-yaml's default schema,
// where an unquoted 2024-08-05 is a Date) as to the pipeline (JSON schema).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { checkRegions, loadReports } from '../pipeline/corpus/load-reports.ts';
import { loadRegions } from '../pipeline/corpus/regions.ts';
import { ReportFileError, lineOfField, splitFrontmatter } from '../pipeline/corpus/report-file.ts';
import type { Report } from '../pipeline/types.ts';

function checkLinks(report: Report): void {
  const url = report.meta.source.url;
  if (url === undefined || /^https?:\/\//i.test(url)) return;
  const yamlText = splitFrontmatter(readFileSync(report.file, 'utf8'))?.yaml ?? '';
  throw new ReportFileError(report.file, lineOfField(yamlText, ['source', 'url']), 'source.url', `"${url.slice(0, 60)}" is not an http(s) address; the page links to it`);
}

type Path = (string | number)[];

/** The first path at which two parsed YAML values differ, or null. */
export function firstDifference(a: unknown, b: unknown, path: Path = []): Path | null {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const at = firstDifference(a[k], b[k], [...path, Array.isArray(a) ? Number(k) : k]);
      if (at) return at;
    }
    return null;
  }
  return Object.is(a, b) ? null : path;
}

function valueAt(v: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], v);
}

function describe(v: unknown): string {
  return v instanceof Date ? `a date (${v.toISOString()})` : JSON.stringify(v);
}

function checkAstroReadsTheSame(report: Report): void {
  const yamlText = splitFrontmatter(readFileSync(report.file, 'utf8'))?.yaml ?? '';
  const ours = yaml.load(yamlText, { schema: yaml.JSON_SCHEMA });
  const astros = yaml.load(yamlText);
  const at = firstDifference(ours, astros);
  if (!at) return;
  throw new ReportFileError(
    report.file,
    lineOfField(yamlText, at),
    at.join('.'),
    `Astro reads ${describe(valueAt(astros, at))} where the pipeline reads ${describe(valueAt(ours, at))}; write the value in quotes`,
  );
}

/**
 * Two files claiming one id: named as a duplicate (rather than as a file
 * whose name differs from its id), pointing at the file the id belongs to.
 */
function checkDuplicateIds(contentDir: string): void {
  const owners = new Map<string, string[]>();
  for (const name of readdirSync(contentDir).filter((f) => f.endsWith('.md')).sort()) {
    const yamlText = splitFrontmatter(readFileSync(join(contentDir, name), 'utf8'))?.yaml;
    let id: unknown;
    try {
      id = (yaml.load(yamlText ?? '', { schema: yaml.JSON_SCHEMA }) as { id?: unknown } | null)?.id;
    } catch {
      continue; // loadReports names the YAML error
    }
    if (typeof id === 'string') owners.set(id, [...(owners.get(id) ?? []), name]);
  }
  for (const [id, names] of owners) {
    if (names.length < 2) continue;
    const stray = names.find((n) => basename(n, '.md') !== id) ?? names[1];
    const path = join(contentDir, stray);
    const file = relative(process.cwd(), path) || path;
    const yamlText = splitFrontmatter(readFileSync(path, 'utf8'))?.yaml ?? '';
    const others = names.filter((n) => n !== stray).join(', ');
    throw new ReportFileError(file, lineOfField(yamlText, ['id']), 'id', `duplicate id "${id}", also used by ${others}`);
  }
}

/** Throws a ReportFileError naming file, line and field at the first problem; returns the report count. */
export function checkCorpus(contentDir: string, dataDir: string): number {
  checkDuplicateIds(contentDir);
  const reports = loadReports(contentDir);
  checkRegions(reports, loadRegions(join(dataDir, 'regions.csv')));
  for (const r of reports) {
    checkAstroReadsTheSame(r);
    checkLinks(r);
  }
  return reports.length;
}
