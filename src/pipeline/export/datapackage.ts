// /data/datapackage.json: the Frictionless (Tabular) Data Package descriptor
// researchers' tools read (frictionless-py, the R frictionless package,
// datapackage-js): the dataset's name, version, release date, licence, and
// for every CSV its dialect, encoding, size, hash and Table Schema (typed
// fields, list columns as text with their separator named, keys). Written
// from the table definitions (tables.ts), so it says what the files hold.
import { createHash } from 'node:crypto';
import { absolute, urls } from '../../core/urls.ts';
import type { Release } from '../release.ts';
import { CSV_DIALECT } from './serialise.ts';
import { LIST_SEPARATOR, publishedFields } from './tables.ts';
import type { FieldDef, TableDef } from './tables.ts';
import { DATASET_KEYWORDS, DATASET_TITLE, datasetDescription } from '../../words/dataset-words.ts';
import { SITE_NAME } from '../../words/source-words.ts';

export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

export const DATASET_NAME = 'regional-st-policy-atlas';

/** A Table Schema field: a list column is text, its separator stated in the description. */
function schemaField(f: FieldDef): Record<string, unknown> {
  const constraints = {
    ...(f.required ? { required: true } : {}),
    ...(f.enum && !f.list ? { enum: [...f.enum] } : {}),
    ...(f.pattern && !f.list ? { pattern: f.pattern } : {}),
  };
  return {
    name: f.name,
    type: f.list ? 'string' : f.type,
    description: f.list
      ? `${f.description} A list of ${f.type} values separated by "${LIST_SEPARATOR}" (an array in the JSON file).`
      : f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export interface DataPackageInput {
  tables: readonly TableDef[];
  /** Each table's published CSV text, by name. */
  csv: ReadonlyMap<string, string>;
  release: Release;
  site: URL | string;
  /** Years the reports cover, first and last. */
  years: [number, number];
}

export function dataPackage({ tables, csv, release, site, years }: DataPackageInput): Record<string, unknown> {
  const homepage = absolute(urls.data(), site);
  return {
    profile: 'tabular-data-package',
    name: DATASET_NAME,
    id: homepage,
    title: `${DATASET_TITLE.zh} ${DATASET_TITLE.en}`,
    description: `${datasetDescription(years).en} ${datasetDescription(years).zh}`,
    version: release.version,
    ...(release.date ? { created: `${release.date}T00:00:00Z` } : {}),
    homepage,
    keywords: DATASET_KEYWORDS,
    licenses: [LICENSE],
    contributors: [{ title: `${SITE_NAME.zh} ${SITE_NAME.en}`, path: homepage, role: 'publisher' }],
    sources: [{ title: 'Raw scraped files of the reports, as found', path: absolute(urls.sources(), site) }],
    resources: tables.map((t) => {
      const text = csv.get(t.name);
      if (text === undefined) throw new Error(`datapackage: no CSV for table "${t.name}"`);
      const bytes = Buffer.from(text, 'utf8');
      return {
        profile: 'tabular-data-resource',
        name: t.name,
        path: `${t.name}.csv`,
        title: `${t.title.zh} ${t.title.en}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { ...CSV_DIALECT },
        schema: {
          fields: publishedFields(t).map(schemaField),
          missingValues: [''],
          primaryKey: t.primaryKey,
          ...(t.foreignKeys?.length ? { foreignKeys: t.foreignKeys } : {}),
        },
      };
    }),
  };
}
