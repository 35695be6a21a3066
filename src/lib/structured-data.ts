// schema.org descriptions (JSON-LD) that tell dataset search engines and
// crawlers what the site publishes: the whole open dataset on /data/ (a
// Dataset with every download), each indicator's figures on its page (a
// Dataset that is part of it), and each chart on its embed page (a
// CreativeWork based on it). Plain objects built from the dataset and the
// site's address; the layouts write them into the head (core/json-script.ts).
import type { Dataset } from '../pipeline/types.ts';
import type { Release } from '../pipeline/release.ts';
import type { ChartDef } from '../charts/types.ts';
import type { TableDef } from '../pipeline/export/index.ts';
import { LICENSE } from '../pipeline/export/index.ts';
import { absolute, urls } from '../core/urls.ts';
import { SITE_NAME } from '../words/source-words.ts';
import {
  DATASET_KEYWORDS,
  DATASET_TITLE,
  datasetDescription,
  indicatorDatasetDescription,
  indicatorDatasetTitle,
} from '../words/dataset-words.ts';
import { datasetProvinces, datasetYears } from './dataset-meta.ts';

type Site = URL | string;
type JsonLd = Record<string, unknown>;

/** What each download format is, as a media type. */
export const DOWNLOAD_FORMATS = {
  csv: 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const both = (b: { zh: string; en: string }) => `${b.zh} ${b.en}`;

function organisation(site: Site): JsonLd {
  return { '@type': 'Organization', name: both(SITE_NAME), url: absolute(urls.home(), site) };
}

function places(provinces: string[]): JsonLd[] {
  return provinces.map((name) => ({
    '@type': 'Place',
    name,
    containedInPlace: { '@type': 'Country', name: '中国 China' },
  }));
}

const temporal = ([first, last]: [number, number]) => (first === last ? String(first) : `${first}/${last}`);

/** The shared facts of anything the atlas publishes: licence, creator, version, date, languages. */
function common(release: Release, site: Site): JsonLd {
  return {
    license: LICENSE.path,
    isAccessibleForFree: true,
    creator: organisation(site),
    publisher: organisation(site),
    version: release.version,
    ...(release.date ? { dateModified: release.date } : {}),
    inLanguage: ['zh-CN', 'en'],
  };
}

/** The whole open dataset, for /data/: every table in every format, and the Frictionless descriptor. */
export function datasetJsonLd(ds: Dataset, tables: readonly TableDef[], release: Release, site: Site): JsonLd {
  const years = datasetYears(ds);
  const url = absolute(urls.data(), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: both(DATASET_TITLE),
    description: both(datasetDescription(years)),
    keywords: DATASET_KEYWORDS,
    ...common(release, site),
    temporalCoverage: temporal(years),
    spatialCoverage: places(datasetProvinces(ds)),
    distribution: [
      ...tables.flatMap((t) =>
        Object.entries(DOWNLOAD_FORMATS).map(([ext, type]) => ({
          '@type': 'DataDownload',
          name: `${t.name}.${ext}`,
          description: both(t.title),
          encodingFormat: type,
          contentUrl: absolute(urls.data(`${t.name}.${ext}`), site),
        })),
      ),
      {
        '@type': 'DataDownload',
        name: 'datapackage.json',
        description: 'Frictionless Data Package descriptor: every CSV with its dialect and typed schema',
        encodingFormat: 'application/json',
        contentUrl: absolute(urls.data('datapackage.json'), site),
      },
    ],
  };
}

/** One indicator's figures, for its page: part of the dataset, with each series' chart data as a download. */
export function indicatorJsonLd(
  ds: Dataset,
  indicator: { id: string; name_zh: string; name_en: string },
  chartIds: readonly string[],
  release: Release,
  site: Site,
): JsonLd {
  const name = { zh: indicator.name_zh, en: indicator.name_en };
  const figures = ds.index.figuresByIndicator.get(indicator.id) ?? [];
  const metas = [...new Set(figures.map((f) => f.report))].map((id) => ds.index.reportById.get(id)!.meta);
  const years = metas.flatMap((m) => m.years);
  const provinces = [...new Set(metas.map((m) => m.region.province).filter(Boolean))].sort();
  const url = absolute(urls.indicator(indicator.id), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: both(indicatorDatasetTitle(name)),
    description: both(indicatorDatasetDescription(name, figures.length)),
    variableMeasured: both(name),
    keywords: [indicator.name_zh, indicator.name_en, ...DATASET_KEYWORDS],
    ...common(release, site),
    ...(years.length ? { temporalCoverage: temporal([Math.min(...years), Math.max(...years)]) } : {}),
    ...(provinces.length ? { spatialCoverage: places(provinces) } : {}),
    isPartOf: { '@type': 'Dataset', '@id': absolute(urls.data(), site), name: both(DATASET_TITLE) },
    distribution: [
      ...chartIds.map((id) => ({
        '@type': 'DataDownload',
        name: `${id}.csv`,
        encodingFormat: DOWNLOAD_FORMATS.csv,
        contentUrl: absolute(urls.chartCsv(id), site),
      })),
      {
        '@type': 'DataDownload',
        name: 'figures.csv',
        description: 'Every figure of every indicator (filter by the indicator column)',
        encodingFormat: DOWNLOAD_FORMATS.csv,
        contentUrl: absolute(urls.data('figures.csv'), site),
      },
    ],
  };
}

/** One chart, for its embed page: the drawing and the data it plots, based on the dataset. */
export function chartJsonLd(def: ChartDef, release: Release, site: Site): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': absolute(urls.embed(def.id), site),
    url: absolute(urls.chartOnPage(def.page, def.id), site),
    name: both(def.title),
    description: both(def.alt),
    image: absolute(urls.chartCard(def.id), site),
    ...common(release, site),
    isBasedOn: { '@type': 'Dataset', '@id': absolute(urls.data(), site), name: both(DATASET_TITLE) },
    encoding: [
      { '@type': 'MediaObject', encodingFormat: 'image/svg+xml', contentUrl: absolute(urls.chartSvg(def.id), site) },
      {
        '@type': 'MediaObject',
        encodingFormat: DOWNLOAD_FORMATS.csv,
        contentUrl: absolute(urls.chartCsv(def.id), site),
      },
    ],
  };
}
