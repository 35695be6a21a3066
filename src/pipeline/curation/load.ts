// Reads data/curation.csv: a curator's overrides of extracted figures, one per
// line, each pointing at a figure by report id and the figure's start offset.
// Every row is validated; a bad one fails naming file, line and field.
import type { CurationRow, FigureKind } from '../types.ts';
import { readCsvTable, type CsvRecord } from '../themes/csv-table.ts';
import { TableError } from '../tables/read-table.ts';

export const CURATION_COLUMNS = ['report', 'offset', 'action', 'field', 'value', 'note'] as const;
export const CURATION_ACTIONS = ['reject', 'correct'] as const;
export const CORRECTABLE_FIELDS = ['value', 'unit', 'kind', 'indicator', 'measure', 'scope'] as const;
const FIGURE_KINDS: readonly FigureKind[] = ['actual', 'target', 'growth', 'share', 'rank'];
const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids a correction may set, from the lexicons (data/indicators.csv, measures.csv, scopes.csv). */
export interface KnownIds {
  indicator: string[];
  measure: string[];
  scope: string[];
}

export function loadCuration(path: string, known?: KnownIds): CurationRow[] {
  return readCsvTable(path, CURATION_COLUMNS).map((r) => toRow(r, path, known));
}

function toRow(r: CsvRecord, path: string, known?: KnownIds): CurationRow {
  const { report, offset, action, field, value, note } = r.values;
  const fail = (name: string, message: string) => new TableError(path, r.line, name, message);
  if (!report) throw fail('report', 'missing report id');
  if (!REPORT_ID.test(report)) throw fail('report', `"${report}" is not a report id (lower-case slug)`);
  if (!/^\d+$/.test(offset))
    throw fail('offset', `"${offset}" is not a non-negative integer (a figure's start offset)`);
  if (!(CURATION_ACTIONS as readonly string[]).includes(action)) {
    throw fail('action', `"${action}" is not one of ${CURATION_ACTIONS.join(', ')}`);
  }
  if (!note) throw fail('note', 'say why (the note is published on the methodology page)');
  if (action === 'reject') {
    if (field || value) throw fail(field ? 'field' : 'value', 'a reject row takes no field or value');
  } else {
    checkCorrection(field, value, fail);
    const ids = known && (field === 'indicator' || field === 'measure' || field === 'scope') ? known[field] : null;
    if (ids && value !== '' && !ids.includes(value))
      throw fail(
        'value',
        `"${value}" is not a ${field} id (data/${field === 'indicator' ? 'indicators' : `${field}s`}.csv)`,
      );
  }
  return { line: r.line, report, offset: Number(offset), action: action as CurationRow['action'], field, value, note };
}

function checkCorrection(field: string, value: string, fail: (name: string, message: string) => Error): void {
  if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field)) {
    throw fail('field', `"${field}" is not one of ${CORRECTABLE_FIELDS.join(', ')}`);
  }
  if (field === 'value' && value !== '' && !Number.isFinite(Number(value))) {
    throw fail('value', `"${value}" is not a number (leave it empty for "no value", e.g. a masked figure)`);
  }
  if (field === 'value' && value.replace(/[^0-9]/g, '').replace(/^0+/, '').length > 15) {
    throw fail('value', `"${value}" has more than 15 significant digits; it cannot be published exactly`);
  }
  if (field === 'unit' && value === '') throw fail('value', 'a unit cannot be empty');
  if (field === 'kind' && !(FIGURE_KINDS as readonly string[]).includes(value)) {
    throw fail('value', `"${value}" is not a figure kind (${FIGURE_KINDS.join(', ')})`);
  }
}
