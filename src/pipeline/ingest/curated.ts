// Which curated report (content/reports/<id>.md) each part of a raw file became,
// read from the reports' source.raw_file / source.part, so cleaning a raw file
// again can hand back bodies under their curated ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** Key of a part of a raw file: `002_8ab899e49ca3ccd3.txt#2`. */
export const partKey = (rawFile: string, part: number) => `${rawFile}#${part}`;

/** Maps `<raw_file>#<part>` to the curated id, for every report in a folder. */
export function curatedIdMap(contentDir: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const f of readdirSync(contentDir).filter((n) => n.endsWith('.md'))) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(contentDir, f), 'utf8'));
    if (!m) continue;
    const meta = yaml.load(m[1]) as { id?: string; source?: { raw_file?: string; part?: number } };
    if (meta.id && meta.source?.raw_file) map[partKey(meta.source.raw_file, meta.source.part ?? 1)] = meta.id;
  }
  return map;
}
