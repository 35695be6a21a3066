// A published table as an Excel workbook, for spreadsheet users: a CSV makes
// Excel and LibreOffice guess the encoding and the type of every cell (GBK
// mojibake, "138.3%" read as 1.383, codes losing their digits), an .xlsx says
// both. Each cell is typed from the table's definition (tables.ts): numbers
// and booleans as such, codes, dates and text as text (a text cell is never
// run as a formula), lists joined as in the CSV. write-excel-file writes the
// workbook; its zip entries carry the time of writing, so they are stamped
// again (fflate) with the release date: the same data gives the same bytes.
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, Row as SheetRow } from 'write-excel-file/node';
import { joinList } from './serialise.ts';
import type { Row } from './rows.ts';
import type { FieldDef } from './tables.ts';

function xlsxCell(value: Row[string] | undefined, field: FieldDef): Cell {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return { type: String, value: joinList(value, field.name) };
  if (field.type === 'boolean') return { type: Boolean, value: value as boolean };
  if ((field.type === 'integer' || field.type === 'number') && typeof value === 'number')
    return { type: Number, value };
  return { type: String, value: String(value) };
}

/** Zip entries dated `date` (YYYY-MM-DD; the DOS epoch 1980-01-01 when empty or earlier) instead of the clock. */
function restamp(zip: Uint8Array, date: string): Uint8Array {
  const day = date && date >= '1980-01-01' ? date : '1980-01-01';
  const mtime = new Date(`${day}T00:00:00`);
  const files = unzipSync(zip);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), {
    level: 9,
  });
}

/** The rows as one sheet named `sheet`: a bold, frozen header line of column names, then one line per row. */
export async function toXlsx(
  rows: readonly Row[],
  fields: readonly FieldDef[],
  opts: { sheet: string; date: string },
): Promise<Uint8Array> {
  const header: SheetRow = fields.map((f) => ({ value: f.name, fontWeight: 'bold' }));
  const data: SheetRow[] = rows.map((row) => fields.map((f) => xlsxCell(row[f.name], f)));
  const buffer = await writeXlsxFile([header, ...data], {
    sheet: opts.sheet.slice(0, 31),
    stickyRowsCount: 1,
  }).toBuffer();
  return restamp(new Uint8Array(buffer), opts.date);
}
