// Build time: turns the corpus into the static files the search page reads.
//   manifest.json      facet labels, synonym groups, sizes (always fetched)
//   facets.bin         every report's filter values (always fetched)
//   themes.bin         every report's theme bits (fetched for the theme filter and its counts)
//   s/<n>.bin          term shards: document frequency + posting list (or where it lies) per term
//   l/<n>.bin          big posting lists, packed (engine/packs.ts)
//   p/<n>.bin, .idx    the text parts of 8 reports, packed, and their lengths (fetched for shown results)
//   t2s.json           traditional→simplified map (fetched for traditional queries)
//   e/<n>.json         regions and titles by character (fuzzy suggestions)
import { createHash } from 'node:crypto';
import { collectEntities, entityShards } from '../engine/entities.ts';
import { encodeFacets, encodeThemes, UNKNOWN } from '../engine/facets-format.ts';
import { normalize, phraseText } from '../engine/normalize.ts';
import { bodyPartCount, encodePart, headText, partsPerReport, reportChars, splitParts } from '../engine/parts.ts';
import { encodePostings } from '../engine/postings.ts';
import {
  encodeShard,
  figureLevel,
  figureTerms,
  placeTerm,
  shardOf,
  shardPath,
  type ListPlace,
} from '../engine/shard-format.ts';
import { ListPacker, PartPacker } from './pack.ts';
import { synonymTable } from '../engine/synonyms.ts';
import { t2sForIndex } from './t2s.ts';
import { encodeT2s } from '../engine/t2s-codec.ts';
import { TermCollector } from './term-collector.ts';
import type { Manifest, PartFile, SearchCorpus, SearchReport } from '../engine/types.ts';

export const INDEX_FORMAT = 'atlas-search-6';

export interface BuildOptions {
  /** Target characters per body part. */
  partChars?: number;
  /** Average number of terms per shard file. */
  termsPerShard?: number;
  /** Posting lists larger than this (bytes) get their own file. */
  inlineMax?: number;
}

export interface BuiltIndex {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
  stats: { reports: number; parts: number; terms: number; postings: number; shards: number; externalLists: number };
}

const LEVEL_ORDER = ['province', 'city', 'district', 'county'];
const utf8 = new TextEncoder();

export function corpusHash(corpus: SearchCorpus, options: BuildOptions = {}): string {
  return createHash('sha256')
    .update(INDEX_FORMAT)
    .update(JSON.stringify(options))
    .update(JSON.stringify(corpus))
    .digest('hex')
    .slice(0, 16);
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

function facetDictionaries(corpus: SearchCorpus) {
  const reports = corpus.reports;
  const levels = distinct(reports.map((r) => r.level)).sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
  // Every year a report covers: a 2022 plan's summary of 2021 counts from 2021.
  const years = reports.flatMap((r) => [r.year, ...(r.years ?? [])]);
  return {
    provinces: distinct(reports.map((r) => r.province)),
    levels,
    docTypes: distinct(reports.map((r) => r.doc_type)),
    yearBase: years.length ? Math.min(...years) : 2000,
    themes: corpus.themes.slice(0, 16),
  };
}

type Dicts = ReturnType<typeof facetDictionaries>;

/** Province, level, year and document type codes: the facet columns, and the order reports are numbered in. */
type FacetKey = [province: number, level: number, year: number, docType: number];

function facetKey(r: SearchReport, d: Dicts): FacetKey {
  const idx = (list: string[], v: string | null) => (v === null ? UNKNOWN : list.indexOf(v));
  return [idx(d.provinces, r.province), idx(d.levels, r.level), r.year - d.yearBase, idx(d.docTypes, r.doc_type)];
}

const compareKeys = (a: FacetKey, b: FacetKey) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

function themeMask(themes: string[], d: Dicts): number {
  let mask = 0;
  for (const t of themes) {
    const i = d.themes.findIndex((x) => x.id === t);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** The terms the index makes for a report's title line: its place names, and its figure level per indicator. */
function indexMadeTerms(r: SearchReport): string[] {
  const places = new Set((r.places ?? []).map((p) => phraseText(normalize(p))).filter(Boolean));
  // The term of the report's level (levels are 1-based; 0 makes none).
  const levels = Object.entries(r.figures ?? {}).flatMap(([indicator, n]) =>
    figureTerms(indicator).slice(figureLevel(n) - 1, figureLevel(n)),
  );
  return [...[...places].map(placeTerm), ...levels];
}

export function buildSearchIndex(corpus: SearchCorpus, options: BuildOptions = {}): BuiltIndex {
  const partChars = options.partChars ?? 500;
  const termsPerShard = options.termsPerShard ?? 24;
  const inlineMax = options.inlineMax ?? 256;
  const dicts = facetDictionaries(corpus);
  const P = partsPerReport(corpus.reports, partChars);

  // Reports numbered in facet order: facets.bin becomes long runs.
  const keyed = corpus.reports.map((r) => ({ r, key: facetKey(r, dicts) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || (a.r.id < b.r.id ? -1 : 1));

  const files = new Map<string, Uint8Array>();
  const n = keyed.length;
  const facets = {
    province: new Uint8Array(n),
    level: new Uint8Array(n),
    year: new Uint8Array(n),
    docType: new Uint8Array(n),
    themes: new Uint16Array(n),
    firstYear: new Uint8Array(n),
    lastYear: new Uint8Array(n),
  };
  const terms = new TermCollector();
  const packer = new PartPacker(files, P);
  let parts = 0;

  keyed.forEach(({ r, key: [prov, level, year, doc] }, ri) => {
    facets.province[ri] = prov;
    facets.level[ri] = level;
    facets.year[ri] = Math.min(year, UNKNOWN - 1);
    const covered = [year, ...(r.years ?? []).map((y) => y - dicts.yearBase)];
    facets.firstYear[ri] = Math.min(...covered, UNKNOWN - 1);
    facets.lastYear[ri] = Math.min(Math.max(...covered), UNKNOWN - 1);
    facets.docType[ri] = doc;
    facets.themes[ri] = themeMask(r.themes, dicts);
    const head = {
      id: r.id,
      title: r.title,
      ...(r.display_title ? { display: r.display_title } : {}),
      region: r.region,
      year: r.year,
      ...(r.years && r.years.length > 1 ? { years: r.years } : {}),
      ...(r.year_reliable === false ? { year_reliable: false } : {}),
      doc_type: r.doc_type,
    };

    terms.add(ri * P, normalize(headText(r)));
    for (const term of indexMadeTerms(r)) terms.addTerm(ri * P, term);
    const partFiles: (Uint8Array | null)[] = Array.from({ length: P }, () => null);
    partFiles[0] = utf8.encode(
      encodePart({ ...head, ...(r.names?.length ? { names: r.names.join(' ') } : {}), paras: [] }),
    );
    parts++;
    const body = splitParts(r.paragraphs, bodyPartCount(reportChars(r), partChars, P - 1));
    body.forEach((paras, k) => {
      if (paras.length === 0) return;
      const id = ri * P + k + 1;
      for (const p of paras) terms.add(id, normalize(p.text));
      const file: PartFile = { ...head, paras: paras.map((p) => [p.n, p.text]) };
      partFiles[k + 1] = utf8.encode(encodePart(file));
      parts++;
    });
    packer.addReport(partFiles);
  });
  packer.flush();
  files.set('facets.bin', encodeFacets(facets));
  files.set('themes.bin', encodeThemes(facets.themes));

  // Shards: hash-spread terms; big lists to their own files.
  const shards = Math.max(1, Math.ceil(terms.size / termsPerShard));
  const byShard: { term: string; df: number; enc: number; bytes: Uint8Array }[][] = Array.from(
    { length: shards },
    () => [],
  );
  let postings = 0;
  for (const [term, ids] of terms.entries()) {
    postings += ids.length;
    const shard = byShard[shardOf(term, shards)];
    if (!shard) throw new Error(`search index: shardOf("${term}") is not below ${shards}`);
    shard.push({ term, df: ids.length, ...encodePostings(ids) });
  }
  let externalLists = 0;
  const lists = new ListPacker(files);
  byShard.forEach((entries, s) => {
    if (entries.length === 0) return;
    entries.sort((a, b) => (a.term < b.term ? -1 : 1));
    const places: (ListPlace | null)[] = entries.map((e) => (e.bytes.length > inlineMax ? lists.add(e.bytes) : null));
    externalLists += places.filter(Boolean).length;
    files.set(
      shardPath(s),
      encodeShard(entries, (i) => places[i] ?? null),
    );
  });
  lists.flush();

  const entities = entityShards(collectEntities(corpus.reports));
  for (const [path, list] of entities.files) files.set(path, utf8.encode(JSON.stringify(list)));

  const t2s = t2sForIndex(terms.chars());
  if (t2s.length) files.set('t2s.json', utf8.encode(encodeT2s(t2s)));

  const manifest: Manifest = {
    v: 1,
    hash: corpusHash(corpus, options),
    reports: n,
    partsPerReport: P,
    shards,
    facets: dicts,
    synonyms: synonymTable(corpus.indicators, corpus.measures ?? []),
    indicators: corpus.indicators,
    t2s: t2s.length ? 't2s.json' : null,
    entityShards: entities.files.size ? entities.shards : 0,
  };
  files.set('manifest.json', utf8.encode(JSON.stringify(manifest)));
  return { manifest, files, stats: { reports: n, parts, terms: terms.size, postings, shards, externalLists } };
}
