// Reads one curated report file: splits the YAML frontmatter from the body,
// parses the YAML with exact line numbers (aliases refused: a curated file has
// no use for them, and expanding them is how a few hundred bytes hang a build),
// validates it with the one schema, and checks the body's characters. Every
// problem is a ReportFileError `file:line: field "…": message`.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { nearest } from './did-you-mean.ts';
import { qualitySchema, regionSchema, reportMetaSchema, sourceSchema } from '../schema.ts';
import { firstForbidden, invisibleOrControl, isBlank } from '../text-checks.ts';
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

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---\nyaml\n---\nbody` (BOM and CRLF allowed); the body starts after the closing fence's line end. */
export function splitFrontmatter(input: string): { yaml: string; body: string; bodyLine: number } | null {
  const text = input.replace(/^\uFEFF/, '');
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const bodyStart = open[0].length + close.index + close[0].length;
  let bodyLine = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < bodyStart; i = text.indexOf('\n', i + 1)) bodyLine += 1;
  return { yaml: rest.slice(0, close.index), body: text.slice(bodyStart), bodyLine };
}

type Path = (string | number)[];

/** Line in the file (the YAML starts on line 2) of the deepest node of `path` that exists. */
function lineOf(doc: Document, lines: LineCounter, path: Path): number {
  const at = (offset: number) => lines.linePos(offset).line + 1;
  let node: unknown = doc.contents;
  let line = 2;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = at(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item?.range) break;
      line = at(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

/** The keys allowed at a path, for "did you mean". */
function knownKeys(path: Path): string[] {
  const schema =
    path.length === 0
      ? reportMetaSchema
      : ({ region: regionSchema, source: sourceSchema, quality: qualitySchema } as const)[path[0] as 'region'];
  return schema ? Object.keys(schema.shape) : [];
}

/** Line of every key and list item (`region.code`, `years.1`), so later checks name exact lines. */
function allLines(doc: Document, lines: LineCounter): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (node: unknown, prefix: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const path = `${prefix}${String(pair.key.value)}`;
        out.set(path, lines.linePos(pair.key.range[0]).line + 1);
        walk(pair.value, `${path}.`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] }).range;
        if (range) out.set(`${prefix}${i}`, lines.linePos(range[0]).line + 1);
        walk(item, `${prefix}${i}.`);
      });
    }
  };
  walk(doc.contents, '');
  return out;
}

const fieldLines = new WeakMap<Report, Map<string, number>>();

/** Line in the report's file of a frontmatter field (`region.code`), or of its nearest written parent. */
export function fieldLine(report: Report, path: Path): number {
  const lines = fieldLines.get(report);
  for (let n = path.length; n > 0 && lines; n -= 1) {
    const line = lines.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return 2;
}

function parseYaml(yamlText: string, file: string): { data: unknown; doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, schema: 'core', uniqueKeys: true });
  const [problem] = [...doc.errors, ...doc.warnings];
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + 1;
    const [headline = ''] = problem.message.split('\n');
    throw new ReportFileError(file, line, '', `invalid YAML: ${headline.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  visit(doc, {
    Alias(_, node) {
      const line = node.range ? lines.linePos(node.range[0]).line + 1 : 2;
      throw new ReportFileError(
        file,
        line,
        '',
        `YAML alias *${node.source} refused: a curated file writes every value out`,
      );
    },
  });
  // Numbers in decimal only: YAML's core schema reads 0x7E8, 0o3750, +2024, 2024.0
  // and 1e3 as numbers too, so a hexadecimal year would pass as 2024 unseen.
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'number') return;
      const written = node.source ?? String(node.value);
      if (/^-?(?:0|[1-9]\d*)$/.test(written)) return;
      const line = node.range ? lines.linePos(node.range[0]).line + 1 : 2;
      const field = [
        ...path.filter(isPair).map((p) => String((p.key as { value?: unknown })?.value)),
        ...(typeof key === 'number' ? [key] : []),
      ].join('.');
      throw new ReportFileError(
        file,
        line,
        field,
        `"${written}" is not a plain decimal whole number; write numbers in decimal digits${Number.isSafeInteger(node.value) ? ` (${node.value})` : ''}`,
      );
    },
  });
  // maxAliasCount 0: no alias can expand, whatever slips past the visit above.
  return { data: doc.toJS({ maxAliasCount: 0 }), doc, lines };
}

export function parseReportFile(text: string, file: string): Report {
  const parts = splitFrontmatter(text);
  if (!parts)
    throw new ReportFileError(
      file,
      1,
      '',
      'no YAML frontmatter (the file must start with a --- line and close it with another)',
    );
  const { data, doc, lines } = parseYaml(parts.yaml, file);
  const parsed = reportMetaSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const [key = ''] = issue.keys; // zod names at least one
        const path = [...(issue.path as Path), key];
        const guess = nearest(key, knownKeys(issue.path as Path));
        const hint = guess ? ` (did you mean "${guess}"?)` : ` (allowed: ${knownKeys(issue.path as Path).join(', ')})`;
        return { path, line: lineOf(doc, lines, path), message: `unknown key${hint}` };
      }
      const near = issue.code === 'custom' ? (issue.params?.near as Path | undefined) : undefined;
      const written = lineOf(doc, lines, issue.path as Path);
      return {
        path: issue.path as Path,
        line: near && written === 2 ? lineOf(doc, lines, near) : written,
        message: issue.message,
      };
    });
    // The earliest line (the first listed of those on it); a failed parse has at least one issue.
    const first = problems.reduce((a, b) => (b.line < a.line ? b : a));
    throw new ReportFileError(file, first.line, first.path.join('.') || '(root)', first.message);
  }
  const body = parts.body;
  if (isBlank(body)) throw new ReportFileError(file, parts.bodyLine, 'body', 'the report has no text');
  const bad = firstForbidden(body);
  if (bad >= 0) {
    const before = body.slice(0, bad);
    const line = parts.bodyLine + (before.match(/\n/g)?.length ?? 0);
    const column = bad - before.lastIndexOf('\n');
    const what =
      invisibleOrControl(String.fromCodePoint(body.codePointAt(bad)!)) ?? invisibleOrControl(body.slice(bad, bad + 1));
    throw new ReportFileError(
      file,
      line,
      'body',
      `${what} at column ${column}; delete it (ingest strips invisible characters)`,
    );
  }
  const report: Report = { meta: parsed.data, body, file, bodyLine: parts.bodyLine };
  fieldLines.set(report, allLines(doc, lines));
  return report;
}
