// The downloadable tables as published: the definitions of
// src/pipeline/export/tables.ts filled from the dataset, every row with the
// release's version in its last column (a comment line would break CSV
// readers), each table as CSV, JSON and xlsx. The last table is memoised: its
// three files are written one after another.
import type { Dataset } from '../pipeline/types.ts';
import type { Release } from '../pipeline/release.ts';
import { publishedFields, tableDef, TABLES, tableRows, toCsv, toJson, toXlsx } from '../pipeline/export/index.ts';
import type { FieldDef, Row, TableDef, TableName } from '../pipeline/export/index.ts';

export const DATA_TABLES: readonly TableDef[] = TABLES;

export interface PublishedTable {
  def: TableDef;
  fields: FieldDef[];
  rows: Row[];
}

// Only the table last asked for is kept: its three files are written one after
// another, and every table held at once grew with the corpus (figures and
// paragraphs are most of a large build's memory).
let last: { ds: Dataset; key: string; table: PublishedTable } | undefined;

export function publishedTable(ds: Dataset, name: string, release: Release, site: URL | string): PublishedTable {
  const key = `${name} ${release.version} ${String(site)}`;
  if (last?.ds === ds && last.key === key) return last.table;
  last = undefined;
  const def = tableDef(name);
  const rows = tableRows(ds, def.name as TableName, site).map((r) => ({ ...r, dataset_version: release.version }));
  const table = { def, fields: publishedFields(def), rows };
  last = { ds, key, table };
  return table;
}

export const tableCsv = (t: PublishedTable): string =>
  toCsv(
    t.rows,
    t.fields.map((f) => f.name),
  );
export const tableJson = (t: PublishedTable): string => toJson(t.rows);
export const tableXlsx = (t: PublishedTable, release: Release): Promise<Uint8Array> =>
  toXlsx(t.rows, t.fields, { sheet: t.def.name, date: release.date });
