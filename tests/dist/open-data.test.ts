// The open data as the tools researchers use read it, on the built site:
// the Frictionless JavaScript library (datapackage-js) loads the package,
// validates the descriptor against the spec's profiles and reads every table
// with its schema (each cell cast to its type, keys and references checked);
// Ajv checks the descriptor against the same published JSON Schema with its
// formats (tv4, inside datapackage-js, checks no formats); d3's csvParse
// reads every CSV the site publishes with the right column names and, cast
// by the schema, the same values as the JSON twin; read-excel-file reads
// each .xlsx with typed cells.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { Package } from 'datapackage';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readSheet } from 'read-excel-file/node';
import { LIST_SEPARATOR, publishedFields, TABLES } from '../../src/pipeline/export/tables.ts';
import type { FieldDef } from '../../src/pipeline/export/tables.ts';
import { loadDataset, REPOSITORY_DIRS } from '../../src/pipeline/dataset.ts';
import { present } from '../helpers/present.ts';

const release = present(loadDataset(REPOSITORY_DIRS).releases[0], 'a release in data/CHANGELOG.md');
const data = (file: string) => join('dist', 'data', file);
const descriptor = JSON.parse(readFileSync(data('datapackage.json'), 'utf8'));

/** A CSV cell read as the schema says: what the JSON twin holds for it. */
function cast(cell: string, field: FieldDef): unknown {
  if (cell === '') return field.list ? [] : null;
  if (field.list) return cell.split(LIST_SEPARATOR).map((v) => cast(v, { ...field, list: undefined }));
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) throw new Error(`"${cell}" is not an integer`);
      return Number(cell);
    case 'number':
      if (!Number.isFinite(Number(cell))) throw new Error(`"${cell}" is not a number`);
      return Number(cell);
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') throw new Error(`"${cell}" is not true or false`);
      return cell === 'true';
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) throw new Error(`"${cell}" is not a date`);
      return cell;
    default:
      return cell;
  }
}

describe('datapackage.json', () => {
  it('the Frictionless JavaScript library loads it as valid and reads every table, cast by its schema, keys checked', async () => {
    const pkg = await Package.load(data('datapackage.json'), { strict: true });
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      const twin = JSON.parse(readFileSync(data(`${resource.name}.json`), 'utf8')) as unknown[];
      expect(rows.length, resource.name).toBe(twin.length);
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  });

  it('is valid against the spec’s published Tabular Data Package schema, formats included (created is a datetime)', () => {
    const require = createRequire(import.meta.url);
    const profile = JSON.parse(readFileSync(require.resolve('datapackage/lib/profiles/tabular-data-package.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(profile);
    expect(validate(descriptor) ? [] : validate.errors).toEqual([]);
    expect(descriptor.created).toBe(`${release.date}T00:00:00Z`);
    expect(descriptor.version).toBe(release.version);
  });

  it('states each file’s dialect, encoding, size and hash as the file is', () => {
    for (const res of descriptor.resources) {
      const bytes = readFileSync(data(res.path));
      expect(res.encoding, res.name).toBe('utf-8');
      expect(res.dialect, res.name).toMatchObject({ delimiter: ',', lineTerminator: '\n', header: true });
      expect(res.bytes, res.name).toBe(bytes.length);
      expect(res.hash, res.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('types codes as text, flags as booleans, counts as integers (what pandas and R read through it)', () => {
    const fields = new Map<string, { type: string }>(
      descriptor.resources.flatMap((r: { name: string; schema: { fields: { name: string; type: string }[] } }) =>
        r.schema.fields.map((f) => [`${r.name}.${f.name}`, f]),
      ),
    );
    expect(fields.get('reports.region_code')!.type).toBe('string');
    expect(fields.get('regions.code')!.type).toBe('string');
    expect(fields.get('reports.year_reliable')!.type).toBe('boolean');
    expect(fields.get('figures.masked')!.type).toBe('boolean');
    expect(fields.get('reports.years')!.type).toBe('string'); // a list: `|`-separated in the CSV
    expect(fields.get('figures.start')!.type).toBe('integer');
    expect(fields.get('reports.published')!.type).toBe('date');
  });
});

describe('CSV files as d3 reads them', () => {
  const csvFiles = (dir: string) =>
    readdirSync(join('dist', dir))
      .filter((n) => n.endsWith('.csv'))
      .map((n) => join('dist', dir, n));

  it('every CSV the site publishes (data, charts, comparisons) has no byte-order mark: the first column is named right', () => {
    const files = [...csvFiles('data'), ...csvFiles('charts'), ...csvFiles('compare')];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text.charCodeAt(0), file).not.toBe(0xfeff);
      const { columns } = csvParse(text);
      expect(columns[0], file).toMatch(/^[a-z_]+$/);
    }
  });

  for (const table of TABLES) {
    it(`${table.name}.csv: d3 names the schema's columns and, cast by it, reads the JSON twin's values`, () => {
      const fields = publishedFields(table);
      const rows = csvParse(readFileSync(data(`${table.name}.csv`), 'utf8'));
      expect(rows.columns).toEqual(fields.map((f) => f.name));
      const twin = JSON.parse(readFileSync(data(`${table.name}.json`), 'utf8')) as Record<string, unknown>[];
      expect(rows.length).toBe(twin.length);
      rows.forEach((row, i) => {
        const record = present(twin[i], `${table.name}.json row ${i + 1}`);
        for (const f of fields) {
          const json = record[f.name] ?? (f.list ? [] : null);
          // A CSV cell that starts like a formula carries a leading ' (the JSON keeps the value as is).
          const cell = row[f.name]!;
          const csvValue = cast(typeof json === 'string' && cell === `'${json}` ? json : cell, f);
          expect(csvValue, `${table.name} row ${i + 1} ${f.name}`).toEqual(json);
        }
      });
    });
  }

  it('permalinks are absolute addresses on the site, so they open from a spreadsheet', () => {
    const figures = csvParse(readFileSync(data('figures.csv'), 'utf8'));
    for (const row of figures) expect(row.permalink).toMatch(/^https?:\/\/[^/]+\/reports\/[^/]+\/#f-\d+$/);
    const reports = csvParse(readFileSync(data('reports.csv'), 'utf8'));
    for (const row of reports) expect(row.source_file).toMatch(/^https?:\/\/[^/]+\/sources\//);
    // A region code keeps its six digits as text.
    expect(reports.filter((r) => r.region_code).every((r) => /^\d{6}$/.test(r.region_code!))).toBe(true);
  });
});

describe('xlsx files as a spreadsheet reads them', () => {
  it('each table has an .xlsx with the same header, rows and typed cells', async () => {
    for (const table of TABLES) {
      const fields = publishedFields(table);
      const sheet = await readSheet(readFileSync(data(`${table.name}.xlsx`)));
      const twin = JSON.parse(readFileSync(data(`${table.name}.json`), 'utf8')) as Record<string, unknown>[];
      expect(sheet[0], table.name).toEqual(fields.map((f) => f.name));
      expect(sheet.length - 1, table.name).toBe(twin.length);
      sheet.slice(1).forEach((cells, i) => {
        const record = present(twin[i], `${table.name}.json row ${i + 1}`);
        fields.forEach((f, c) => {
          const json = record[f.name];
          const expected = Array.isArray(json) ? json.join(LIST_SEPARATOR) || null : (json ?? null);
          expect(cells[c], `${table.name} row ${i + 1} ${f.name}`).toEqual(expected);
        });
      });
    }
  });
});
