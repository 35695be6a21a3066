// Reads one curated report file: splits the YAML frontmatter from the body,
// validates the frontmatter with the shared schema, and on failure throws an
// error naming the file, the line and the field.
import yaml from 'js-yaml';
import { reportMetaSchema } from '../schema.ts';
import type { Report } from '../types.ts';

export class ReportFileError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  constructor(file: string, line: number, field: string, message: string) {
    super(`${file}:${line}: ${field ? `field "${field}": ` : ''}${message}`);
    this.name = 'ReportFileError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---\nyaml\n---\nbody`; the body starts after the closing fence's newline. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!m) return null;
  return { yaml: m[1], body: text.replace(/^\uFEFF/, '').slice(m[0].length) };
}

/** Best-effort line (1-based, in the file) of a dotted field path in the frontmatter. */
export function lineOfField(yamlText: string, path: (string | number)[]): number {
  const lines = yamlText.split('\n');
  let from = 0;
  let line = 0;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const re = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const at = lines.findIndex((l, i) => i >= from && re.test(l));
    if (at < 0) break;
    line = at;
    from = at + 1;
  }
  return line + 2; // +1 for 1-based, +1 for the opening fence
}

export function parseReportFile(text: string, file: string): Report {
  const parts = splitFrontmatter(text);
  if (!parts) throw new ReportFileError(file, 1, '', 'no YAML frontmatter (the file must start with a --- line and close it with another)');
  let data: unknown;
  try {
    data = yaml.load(parts.yaml, { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line: number } }).mark;
    throw new ReportFileError(file, (mark?.line ?? 0) + 2, '', `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = reportMetaSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    throw new ReportFileError(file, lineOfField(parts.yaml, issue.path as (string | number)[]), field || '(root)', issue.message);
  }
  if (parts.body.trim() === '') throw new ReportFileError(file, parts.yaml.split('\n').length + 3, 'body', 'the report has no text');
  return { meta: parsed.data, body: parts.body, file };
}
