// Writing data/curation.csv: a decision as the review records it — the
// verified labels, and what the machine proposed when the curator decided, so
// the first pass can be scored later — and the whole file rewritten in report
// and offset order, one row per figure.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CURATION_COLUMNS, type FigureLabels, type ReviewStatus } from '../../pipeline/curation/decisions.ts';

export type CurationRow = Record<(typeof CURATION_COLUMNS)[number], string>;

const cell = (v: string | number | null) => (v === null ? '' : String(v));

function labelCells(prefix: '' | 'proposed_', labels: FigureLabels | null): Partial<CurationRow> {
  const l = labels;
  return {
    [`${prefix}value`]: cell(l?.value ?? null),
    [`${prefix}unit`]: l?.unit ?? '',
    [`${prefix}kind`]: l?.kind ?? '',
    [`${prefix}indicator`]: cell(l?.indicator ?? null),
    [`${prefix}measure`]: cell(l?.measure ?? null),
    [`${prefix}scope`]: cell(l?.scope ?? null),
    [`${prefix}period`]: l?.period ?? '',
    [`${prefix}rank_of`]: l?.rank_of ?? '',
    [`${prefix}rank_among`]: l?.rank_among ?? '',
  } as Partial<CurationRow>;
}

export interface DecisionInput {
  report: string;
  offset: number;
  raw: string;
  status: ReviewStatus;
  labels: FigureLabels | null;
  inSeries?: boolean;
  sameAs?: number | null;
  note: string;
  /** What the machine proposed; null for a figure the rules missed. */
  proposed: FigureLabels | null;
  reviewed: string;
}

export function decisionRow(d: DecisionInput): CurationRow {
  return {
    report: d.report,
    offset: String(d.offset),
    raw: d.raw,
    status: d.status,
    ...labelCells('', d.status === 'verified' ? d.labels : null),
    in_series: d.status === 'verified' ? (d.inSeries === false ? 'no' : 'yes') : '',
    same_as: d.status === 'duplicate' ? cell(d.sameAs ?? null) : '',
    note: d.note,
    ...labelCells('proposed_', d.proposed),
    reviewed: d.reviewed,
  } as CurationRow;
}

/** The rows of the file as they stand (header checked by the dataset's reader, not here). */
export function readCurationRows(file: string): CurationRow[] {
  if (!existsSync(file)) return [];
  return Papa.parse<CurationRow>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

const PROPOSED = CURATION_COLUMNS.filter((c) => c.startsWith('proposed_'));

/**
 * The file with `rows` put in, sorted by report and offset, written
 * atomically. A new decision on a figure already decided replaces it but
 * keeps what the machine proposed the first time: the first pass is scored
 * on that, not on the rules of the day a curator revised a decision.
 */
export function writeCurationRows(file: string, existing: readonly CurationRow[], rows: readonly CurationRow[]): void {
  const byKey = new Map(existing.map((r) => [`${r.report}@${r.offset}`, r]));
  for (const r of rows) {
    const key = `${r.report}@${r.offset}`;
    const before = byKey.get(key);
    const first =
      before && PROPOSED.some((c) => before[c] !== '') ? Object.fromEntries(PROPOSED.map((c) => [c, before[c]])) : {};
    byKey.set(key, { ...r, ...first });
  }
  const all = [...byKey.values()].sort(
    (a, b) => a.report.localeCompare(b.report) || Number(a.offset) - Number(b.offset),
  );
  const text = `${Papa.unparse(all, { columns: [...CURATION_COLUMNS], newline: '\n' })}\n`;
  writeFileSync(`${file}.tmp`, all.length ? text : `${CURATION_COLUMNS.join(',')}\n`);
  renameSync(`${file}.tmp`, file);
}
