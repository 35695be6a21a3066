// Regions and report titles as things a query can name, matched fuzzily
// (fuse.js) so 台洲 still suggests 台州市 and a title half-remembered still
// finds its report. To stay cheap at 10,000 reports they are sharded by
// character: e/<n>.json holds the entities containing the characters that
// hash to n, so a query fetches one small file per distinct character typed.
// Titles are included only for small corpora (at scale they repeat regions).
import type { IndexClient } from './index-client.ts';
import { isCjk, normalize } from './normalize.ts';
import { loadFuse } from './present.ts';
import type { ParsedQuery } from './query-parse.ts';
import { termHash } from './shard-format.ts';
import type { SearchReport } from './types.ts';

export type EntityKind = 'region' | 'report';
/** [kind, key (region code or report id), display name, reports] */
export type Entity = [EntityKind, string, string, number];

export const TITLES_UP_TO = 300;
const CHARS_PER_SHARD = 6;
// Region names are short: the first few characters typed find their candidates (fewer shard files per query).
const MAX_QUERY_CHARS = 4;

export function entityPath(shard: number): string {
  return `e/${shard}.json`;
}

export function collectEntities(reports: SearchReport[]): Entity[] {
  const regions = new Map<string, Entity>();
  for (const r of reports) {
    const name = r.region_name || r.region;
    if (!r.region_code || !name) continue;
    const e = regions.get(r.region_code);
    if (e) e[3]++;
    else regions.set(r.region_code, ['region', r.region_code, name, 1]);
  }
  const titles: Entity[] = reports.length <= TITLES_UP_TO ? reports.map((r) => ['report', r.id, r.title, 1]) : [];
  return [...regions.values(), ...titles];
}

function cjkChars(text: string): string[] {
  return [...new Set([...normalize(text)].filter((c) => isCjk(c.charCodeAt(0))))];
}

/** Entity shard files: every entity under each of its characters' shards. */
export function entityShards(entities: Entity[]): { shards: number; files: Map<string, Entity[]> } {
  const chars = new Set(entities.flatMap((e) => cjkChars(e[2])));
  const shards = Math.max(1, Math.ceil(chars.size / CHARS_PER_SHARD));
  const files = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const s of new Set(cjkChars(e[2]).map((c) => termHash(c) % shards))) {
      const path = entityPath(s);
      files.set(path, [...(files.get(path) ?? []), e]);
    }
  }
  return { shards, files };
}

/** Regions and titles close to the typed query, best first. */
export async function matchEntities(client: IndexClient, parsed: ParsedQuery, max = 3): Promise<Entity[]> {
  const m = await client.manifest();
  const pattern = parsed.clauses.flatMap((c) => c.options.map((o) => o.text)).join('');
  if (!m.entityShards || parsed.singleChar || pattern.length < 2 || pattern.length > 20) return [];
  const chars = cjkChars(pattern).slice(0, MAX_QUERY_CHARS);
  const shards = [...new Set(chars.map((c) => termHash(c) % m.entityShards))];
  const lists = await Promise.all(shards.map((s) => client.entities(entityPath(s)).catch(() => [] as Entity[])));
  const candidates = new Map<string, Entity>();
  for (const e of lists.flat()) if (chars.some((c) => e[2].includes(c))) candidates.set(`${e[0]}:${e[1]}`, e);
  if (!candidates.size) return [];
  const Fuse = await loadFuse();
  const fuse = new Fuse([...candidates.values()], {
    keys: [{ name: 'name', getFn: (e) => e[2] }],
    includeScore: true,
    threshold: 0.45,
    ignoreLocation: true,
  });
  return fuse
    .search(pattern)
    .slice(0, max)
    .map((r) => r.item);
}
