// Which curated report (content/reports/<id>.md) each part of a raw file became,
// read from the reports' source.raw_file / source.part, so cleaning a raw file
// again can hand back bodies under their curated ids.
import { readCorpus } from '../../pipeline/corpus/read-corpus.ts';

/** Key of a part of a raw file: `002_8ab899e49ca3ccd3.txt#2`. */
export const partKey = (rawFile: string, part: number) => `${rawFile}#${part}`;

/** Maps `<raw_file>#<part>` to the curated id, for every report in a folder. */
export function curatedIdMap(contentDir: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { meta } of readCorpus(contentDir)) map[partKey(meta.source.raw_file, meta.source.part)] = meta.id;
  return map;
}
